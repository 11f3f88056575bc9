package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.synthetic.SyntheticCorpus;

class ExporterTest {
    @TempDir Path dir;

    @BeforeEach void fill() {
        try (StoreSink sink = new StoreSink(dir.resolve("store"))) {
            // 20 articles, two a day from 2024-01-01 to 2024-01-10
            new SyntheticCorpus("x/", LocalDate.of(2024, 1, 1), 2).feed(sink, 0, 20, 0);
        }
    }

    private Map<String, Long> export(ExportFormat f, Path out, LocalDate since, LocalDate until) {
        try (Store s = Store.openReadOnly(dir.resolve("store"))) {
            return new Exporter(s).export(f, out, since, until);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test void parquetHasEveryTableAndReadsBack() throws Exception {
        Path out = dir.resolve("pq");
        Map<String, Long> rows = export(ExportFormat.PARQUET, out, null, null);
        assertThat(rows).containsEntry("articles.parquet", 20L).containsEntry("quotes.parquet", 20L);
        assertThat(count("SELECT count(*) FROM '" + out.resolve("events.parquet") + "'")).isEqualTo(rows.get("events.parquet"));
        assertThat(count("SELECT count(*) FROM '" + out.resolve("articles.parquet") + "' WHERE body LIKE '[[%'")).isEqualTo(20);
    }

    @Test void dateRangeKeepsArticlesAndTheirRecords() throws Exception {
        Path out = dir.resolve("j");
        Map<String, Long> rows = export(ExportFormat.JSONL, out, LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
        assertThat(rows).containsEntry("articles.jsonl", 4L).containsEntry("quotes.jsonl", 4L).containsEntry("timexes.jsonl", 4L);
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(4).allMatch(l -> l.contains("\"published\":\"2024-01-0"));
        assertThat(rows.get("events.jsonl")).isEqualTo(8);
    }

    @Test void csvHasAHeader() throws Exception {
        Path out = dir.resolve("c");
        export(ExportFormat.CSV, out, null, null);
        assertThat(Files.readAllLines(out.resolve("entities.csv")).get(0)).isEqualTo("id,key,name,type,country,sector,variants");
    }

    @Test void gdeltHas61TabSeparatedColumns() throws Exception {
        Path out = dir.resolve("g/events.tsv");
        Map<String, Long> rows = export(ExportFormat.GDELT, out, null, null);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(rows.get("events.tsv").intValue()).isNotEmpty();
        String accuse = lines.stream().filter(l -> l.split("\t", -1)[26].equals("112")).findFirst().orElseThrow();
        String[] f = accuse.split("\t", -1);
        assertThat(f).hasSize(61);
        assertThat(f[1]).matches("202401\\d\\d");
        assertThat(f[5]).isEqualTo(f[7]); // Actor1Code = country when there is no sector
        assertThat(f[27]).isEqualTo("112");
        assertThat(f[28]).isEqualTo("11");
        assertThat(f[29]).isEqualTo("3");
        assertThat(f[60]).startsWith("https://example.org/x/");
    }
}
