package org.parley.eval.brat;

import java.util.List;

/** A PolNeAR article: its id (file stem), text, split ("train"/"dev"), and gold attributions. */
public record BratDocument(String id, String split, String text, List<BratAttribution> attributions) {
    public BratDocument {
        attributions = List.copyOf(attributions);
    }
}
