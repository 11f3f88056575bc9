package org.parley.model;

public enum EntityType { PERSON, ORGANIZATION, COUNTRY, LOCATION, NATIONALITY, MISC }
