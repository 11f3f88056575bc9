package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueLexiconTest {
    @Test void builtInLexiconHasSpeechCognitionAndPhrases() {
        CueLexicon lex = CueLexicon.builtIn();
        assertThat(lex.verb("say").cueClass()).isEqualTo("speech");
        assertThat(lex.verb("say").relations()).contains("ccomp", "parataxis");
        assertThat(lex.verb("believe").cueClass()).isEqualTo("cognition");
        assertThat(lex.noun("claim")).isNotNull();
        assertThat(lex.phrases()).contains(List.of("according", "to"));
    }

    @Test void userFileAddsCues(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("extra.tsv");
        Files.writeString(f, "# extra cues\nharrumph\tspeech\tccomp,parataxis\n");
        assertThat(CueLexicon.load(List.of(f)).verb("harrumph")).isNotNull();
    }

    /** Reciprocal cues (two or more parties) are marked in the optional fourth column; users can mark their own. */
    @Test void reciprocalCuesFromTheTraitsColumn(@TempDir Path dir) throws Exception {
        assertThat(CueLexicon.builtIn().reciprocal("agree")).isTrue();
        assertThat(CueLexicon.builtIn().reciprocal("say")).isFalse();
        Path f = dir.resolve("extra.tsv");
        Files.writeString(f, "haggle\tspeech\tccomp,parataxis\treciprocal\n");
        CueLexicon lex = CueLexicon.load(List.of(f));
        assertThat(lex.reciprocal("haggle")).isTrue();
        assertThat(lex.verb("haggle")).isNotNull();
    }

    /** A user file that cannot be read is the caller's error: it throws, naming the file, instead of being ignored. */
    @Test void unreadableUserFileThrowsNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing.tsv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CueLexicon.load(List.of(missing)))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("missing.tsv");
    }

    /** A misspelt trait is the user's error: it throws, naming the file, the line and every known trait. */
    @Test void unknownTraitThrowsNamingTheKnownOnes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("extra.tsv");
        Files.writeString(f, "haggle\tspeech\tccomp\treciprocl\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CueLexicon.load(List.of(f)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extra.tsv").hasMessageContaining("reciprocl")
                .hasMessageContaining("(known: reciprocal, addressee, judgment, raising)");
    }
}
