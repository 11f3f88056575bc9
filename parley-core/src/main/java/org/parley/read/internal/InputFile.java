package org.parley.read.internal;

import java.nio.file.Path;

/**
 * A file to read. {@code id} is its name relative to the folder given by the user (or its file name
 * when given directly), with '/' separators: the article id, or its prefix for multi-article files.
 */
public record InputFile(Path path, String id) {
    public String display() { return path.toString(); }
}
