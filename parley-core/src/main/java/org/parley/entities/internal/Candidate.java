package org.parley.entities.internal;

import org.parley.names.NameForms;
import org.parley.names.PersonName;
import org.parley.model.EntityType;
import org.parley.model.Span;

/**
 * One mention on its way to becoming part of an entity: its (trimmed) span of the original text,
 * the text with whitespace normalised, the annotator's NER class ("RECOVERED" for occurrences the
 * annotator missed), the entity type it implies, its sentence, and whether it stands where a
 * speaker stands (next to a verb or a quote: evidence that a mistyped word is a person).
 */
public record Candidate(int start, int end, String text, String nerType, EntityType type, int sentence,
                        boolean recovered, PersonName name, boolean speakerPosition) {

    public static Candidate of(int start, int end, String originalText, String nerType, EntityType type,
                               int sentence, boolean recovered) {
        String text = NameForms.normalizeSpace(originalText.substring(start, end));
        return new Candidate(start, end, text, nerType, type, sentence, recovered, PersonName.of(text), false);
    }

    /** The same mention, noted as standing where a speaker stands ("Makron said", "said Makron"). */
    public Candidate asSpeaker() {
        return new Candidate(start, end, text, nerType, type, sentence, recovered, name, true);
    }

    public Span span() { return new Span(start, end); }

    public String key() { return NameForms.fold(text); }

    public int wordCount() { return name.words().size(); }

    public Candidate withType(EntityType t) {
        return new Candidate(start, end, text, nerType, t, sentence, recovered, name, speakerPosition);
    }
}
