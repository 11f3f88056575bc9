/**
 * Parley's core: the model, reading, cleaning, the annotation interface, extraction, linking, stories
 * and writing. Each stage exports its small public entry point; its {@code internal} package is not
 * exported, so no other module can reach into it.
 */
module org.parley.core {
    requires java.management; // the per-article budget reads the thread's CPU time
    requires com.fasterxml.jackson.databind;
    requires org.jsoup;
    requires jwarc;
    requires com.github.albfernandez.juniversalchardet;
    requires org.apache.commons.codec;
    requires org.apache.commons.text;
    requires com.github.pemistahl.lingua;
    // WordNet is read only when the knowledge files are regenerated (parley lexicon expand), never at run time.
    requires static extjwnl;

    exports org.parley;
    exports org.parley.annotate;
    exports org.parley.clean;
    exports org.parley.corpus;
    exports org.parley.dyads;
    exports org.parley.embed;
    exports org.parley.entities;
    exports org.parley.entities.kb;
    exports org.parley.eval;
    exports org.parley.eval.brat;
    exports org.parley.eval.plover;
    exports org.parley.eval.timeml;
    exports org.parley.events;
    exports org.parley.knowledge;
    exports org.parley.knowledge.wordnet;
    exports org.parley.link;
    exports org.parley.model;
    exports org.parley.names;
    exports org.parley.quotes;
    exports org.parley.read;
    exports org.parley.run;
    exports org.parley.stories;
    exports org.parley.time;
    exports org.parley.write;

    // Jackson reads and writes the records by reflection.
    opens org.parley.model to com.fasterxml.jackson.databind;
    opens org.parley.write to com.fasterxml.jackson.databind;
}
