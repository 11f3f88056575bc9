package org.parley.read.internal;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language as an ISO 639-1 code, or "und". English prose is recognised by its
 * function words without running a model (most of our input is English, and this is ~100x faster);
 * other text of some length goes to Lingua (its first 1000 characters), restricted to common news
 * languages in low-accuracy mode (trigram models only), built once on first use. Texts under 200
 * characters (one sentence, a headline), where trigram models are unsure, are English on English
 * function-word evidence or when English scores within 10% of the model's winner; a single sentence of
 * news must not be dropped as "not English" for want of function words.
 */
public final class LanguageGuesser {
    static final int SAMPLE_CHARS = 2000;
    /** Lingua reads this much: its accuracy is near its ceiling here, at half the cost of 2000 chars. */
    private static final int MODEL_CHARS = 1000;
    /** Below this, the model may make a text English (see below) but never name another language. */
    private static final int SHORT_CHARS = 60;
    /** Below this, trigram models alone misjudge English now and then (one sentence, a headline). */
    private static final int TRIGRAM_TRUST_CHARS = 200;
    /** A short Latin-script text is English when English is at least this close to the winning language. */
    private static final double SHORT_ENGLISH_CONFIDENCE = 0.9;

    /** Frequent English words that are rare as words in the other languages we detect. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "that", "with", "said", "were", "which", "their",
            "they", "would", "from", "this", "have", "been", "has", "its", "his", "who", "will", "after", "about",
            "says", "of", "to", "was", "for", "is", "it", "are", "not", "be", "by", "on", "at", "he", "she",
            "her", "an", "in", "as");
    /** The subset above that is also a common word in Dutch, German, French, Italian or Spanish. */
    private static final Set<String> SHARED = Set.of("in", "is", "was", "of", "on", "an", "as", "be", "to", "die");

    private static final Language[] NEWS_LANGUAGES = {
        Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE,
        Language.ITALIAN, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH,
        Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.CHINESE, Language.JAPANESE,
        Language.KOREAN
    };

    private LanguageGuesser() {}

    /** Lazy, thread-safe holder: the detector is built on first use by the JVM's class initialisation. */
    private static final class Holder {
        static final LanguageDetector DETECTOR =
                LanguageDetectorBuilder.fromLanguages(NEWS_LANGUAGES).withLowAccuracyMode().build();
    }

    public static String guess(String text) {
        if (text == null) return "und";
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Evidence e = englishEvidence(sample);
        int length = sample.strip().length();
        if (length < SHORT_CHARS && e.looksEnglish(true)) return "en";
        if (e.words >= 30 && e.distinctive * 100 >= e.words * 8 && e.latinLetters * 10 >= e.letters * 9) {
            return "en";
        }
        if (length < TRIGRAM_TRUST_CHARS && e.looksEnglish(false)) return "en";
        Map<Language, Double> confidence;
        try {
            confidence = Holder.DETECTOR.computeLanguageConfidenceValues(
                    sample.length() > MODEL_CHARS ? sample.substring(0, MODEL_CHARS) : sample);
        } catch (RuntimeException | LinkageError ex) {
            confidence = Map.of();
        }
        if (confidence.isEmpty()) return e.looksEnglish(false) ? "en" : "und";
        Language top = confidence.keySet().iterator().next();
        // Trigram models mistake a short English sentence for Dutch or Spanish now and then ("Putin met
        // Erdogan in Sochi ..."), but English then scores within a few percent of the winner, while a
        // short text really in another language leaves English well behind (0.5-0.88 on our checks).
        if (top != Language.ENGLISH && length < TRIGRAM_TRUST_CHARS && e.latinLetters * 10 >= e.letters * 9
                && confidence.getOrDefault(Language.ENGLISH, 0.0) >= SHORT_ENGLISH_CONFIDENCE) {
            return "en";
        }
        if (top != Language.ENGLISH && length < SHORT_CHARS) return "und"; // too short to name another language with confidence
        return top.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private record Evidence(int words, int hits, int distinctive, int letters, int latinLetters) {
        boolean looksEnglish(boolean shortText) {
            if (words == 0 || latinLetters * 10 < letters * 9) return false;
            if (shortText && words <= 6) return distinctive >= 1;
            return distinctive >= 1 && hits >= 2 && hits * 100 >= words * 12;
        }
    }

    private static Evidence englishEvidence(String s) {
        int words = 0, hits = 0, distinctive = 0, letters = 0, latin = 0;
        int i = 0, n = s.length();
        StringBuilder w = new StringBuilder();
        while (i <= n) {
            char c = i < n ? s.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) latin++;
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0 && c != '\'' && c != '’') {
                words++;
                String word = w.toString();
                if (ENGLISH.contains(word)) {
                    hits++;
                    if (!SHARED.contains(word)) distinctive++;
                }
                w.setLength(0);
            }
            i++;
        }
        return new Evidence(words, hits, distinctive, letters, latin);
    }
}
