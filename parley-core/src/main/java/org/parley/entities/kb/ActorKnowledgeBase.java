package org.parley.entities.kb;

import java.nio.file.Path;
import java.util.List;

/** The curated actor knowledge base: countries, IGOs, office holders with terms, role words. */
public final class ActorKnowledgeBase {
    public static ActorKnowledgeBase load(List<Path> extraFiles) {
        return new ActorKnowledgeBase();
    }
}
