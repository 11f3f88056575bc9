package org.parley.read.internal;

import java.nio.file.Files;
import java.util.function.Function;
import org.parley.read.ReadOutcome;

/** A file read whole into memory (its size was checked against the limit) giving one outcome. */
final class WholeFileSource extends OutcomeSource {
    private final InputFile file;
    private final Function<byte[], ReadOutcome> convert;
    private boolean done;

    WholeFileSource(InputFile file, Function<byte[], ReadOutcome> convert) {
        super(file.display());
        this.file = file;
        this.convert = convert;
    }

    @Override
    protected ReadOutcome produce() throws Exception {
        if (done) return null;
        done = true;
        byte[] bytes = Files.readAllBytes(file.path());
        if (bytes.length == 0) return ReadOutcome.skip(path, "empty file");
        return convert.apply(bytes);
    }
}
