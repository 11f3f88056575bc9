package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class EncodingTest {
    @TempDir Path dir;

    private static final String STORY = "Lagos — The minister’s “final offer” was rejected on Monday, union leaders said. "
            + "Talks on the fuel subsidy will resume next week – officials said – after a pause for the holiday.\n";

    private Article read(String name, byte[] bytes) throws Exception {
        return Fixtures.only(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] utf8 = STORY.getBytes(StandardCharsets.UTF_8);
        assertThat(read("plain.txt", utf8).text()).isEqualTo(STORY);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF; bom[1] = (byte) 0xBB; bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Article a = read("bom.txt", bom);
        assertThat(a.text()).isEqualTo(STORY); // the BOM is not part of the text
        assertThat(a.body().get(0).start()).isZero();
    }

    @Test
    void windows1252() throws Exception {
        Article a = read("cp1252.txt", STORY.getBytes(Charset.forName("windows-1252")));
        assertThat(a.text()).isEqualTo(STORY);
    }

    @Test
    void latin1Accents() throws Exception {
        String fr = "Le ministre français des Affaires étrangères a déclaré mercredi à Genève que la négociation "
                + "était « très difficile » mais qu'un accord restait possible avant l'été.\n";
        assertThat(read("latin1.txt", fr.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(fr);
    }

    @Test
    void utf16WithBom() throws Exception {
        byte[] body = STORY.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF; bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(read("utf16.txt", bytes).text()).isEqualTo(STORY);
    }

    @Test
    void jsonLinesWithBom() throws Exception {
        byte[] json = "\uFEFF{\"text\": \"Talks resumed in Doha on Sunday, officials said.\"}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read("bom.jsonl", json).text()).isEqualTo("Talks resumed in Doha on Sunday, officials said.");
    }
}
