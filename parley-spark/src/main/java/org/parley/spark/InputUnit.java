package org.parley.spark;

import java.io.Serializable;

/**
 * One input file of a distributed run, listed on the driver: its place in input order, where it is (a Hadoop
 * path), its id as {@code parley analyze} gives it (the path relative to the folder the user named, or the file
 * name), and how {@code parley analyze} would show it in paths ({@code display}). A {@code skip} reason instead
 * of a file is an input that could not be listed (as the reader reports a missing input).
 */
public record InputUnit(int index, String uri, String id, String display, String skip) implements Serializable {}
