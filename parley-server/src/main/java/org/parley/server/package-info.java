package org.parley.server;
