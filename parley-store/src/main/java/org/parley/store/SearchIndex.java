package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index beside the store ({@code DIR/index}): one document per article with its title, text
 * and quotations, and fields and facets for actor, country, event type, speaker, outlet and year. It is
 * derived data: {@link #update} indexes the articles one run wrote, {@link #rebuild} all of them.
 */
public final class SearchIndex implements AutoCloseable {
    static final String ID = "id", TITLE = "title", BODY = "body", QUOTES = "quotes", DATE = "date";
    /** Facet dimensions, also indexed as exact-match fields (lower-cased) for filtering. */
    static final String ACTOR = "actor", COUNTRY = "country", TYPE = "type", SPEAKER = "speaker", OUTLET = "outlet", YEAR = "year";
    static final String OUTLET_NAME = "outlet_name";
    static final String[] DIMS = {ACTOR, COUNTRY, TYPE, SPEAKER, OUTLET, YEAR};
    private static final String SEP = "\u001f";

    /** Stored text with offsets in the postings, so that highlighting reads them instead of re-analysing the text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final IndexWriter writer;
    private final FacetsConfig facets = facetsConfig();

    private SearchIndex(IndexWriter writer) { this.writer = writer; }

    static Analyzer analyzer() { return new EnglishAnalyzer(); }

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String d : DIMS) c.setMultiValued(d, true);
        return c;
    }

    public static SearchIndex openForWriting(Path storeDir) {
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer());
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            return new SearchIndex(new IndexWriter(FSDirectory.open(Store.indexDir(storeDir)), cfg));
        } catch (IOException e) {
            throw new StoreException("cannot open search index " + Store.indexDir(storeDir) + ": " + e.getMessage(), e);
        }
    }

    /** Indexes (or re-indexes) the articles run {@code runId} wrote, and commits. Returns the count. */
    public long update(Store store, int runId) { return index(store, "WHERE run_id = " + runId, false); }

    /** Drops the index and indexes every stored article. Returns the count. */
    public long rebuild(Store store) { return index(store, "", true); }

    private long index(Store store, String where, boolean clear) {
        String sql = "WITH arts AS (SELECT id, title, text, outlet, published FROM articles " + where + "),"
                + " q AS (SELECT article, string_agg(content, '\n') AS quotes,"
                + "   string_agg(DISTINCT speaker_name, '" + SEP + "') AS speakers,"
                + "   string_agg(DISTINCT speaker_country, '" + SEP + "') AS speaker_countries"
                + "   FROM quotes WHERE article IN (SELECT id FROM arts) GROUP BY article),"
                + " ea AS (SELECT m.article, e.type, e.source_entity AS ent, e.source_country AS country, e.source_text AS txt"
                + "   FROM event_mentions m JOIN events e ON e.id = m.event WHERE m.article IN (SELECT id FROM arts)"
                + "   UNION ALL SELECT m.article, e.type, e.target_entity, e.target_country, e.target_text"
                + "   FROM event_mentions m JOIN events e ON e.id = m.event WHERE m.article IN (SELECT id FROM arts)),"
                + " ev AS (SELECT ea.article, string_agg(DISTINCT ea.type, '" + SEP + "') AS types,"
                + "   string_agg(DISTINCT ea.country, '" + SEP + "') AS countries,"
                + "   string_agg(DISTINCT coalesce(n.name, ea.txt), '" + SEP + "') AS actor_names,"
                + "   string_agg(DISTINCT ea.ent, '" + SEP + "') AS actor_ids"
                + "   FROM ea LEFT JOIN entities n ON n.id = ea.ent GROUP BY ea.article)"
                + " SELECT arts.id, arts.title, arts.text, arts.outlet, arts.published, q.quotes, q.speakers, q.speaker_countries,"
                + "   ev.types, ev.countries, ev.actor_names, ev.actor_ids"
                + " FROM arts LEFT JOIN q ON q.article = arts.id LEFT JOIN ev ON ev.article = arts.id";
        long n = 0;
        try (Connection db = store.newConnection(); PreparedStatement ps = db.prepareStatement(sql)) {
            if (clear) writer.deleteAll();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Document d = document(rs);
                    writer.updateDocument(new Term(ID, rs.getString("id")), facets.build(d));
                    n++;
                }
            }
            writer.commit();
            return n;
        } catch (SQLException e) {
            throw new StoreException("cannot read the store to index it: " + Store.firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
        }
    }

    private static Document document(ResultSet rs) throws SQLException {
        Document d = new Document();
        d.add(new StringField(ID, rs.getString("id"), Field.Store.YES));
        String title = rs.getString("title");
        if (title != null) d.add(new Field(TITLE, title, TEXT_WITH_OFFSETS));
        String text = rs.getString("text");
        if (text != null) d.add(new Field(BODY, text, TEXT_WITH_OFFSETS));
        String quotes = rs.getString("quotes");
        if (quotes != null) d.add(new Field(QUOTES, quotes, TEXT_WITH_OFFSETS));
        String outlet = rs.getString("outlet");
        facet(d, OUTLET, outlet == null ? "(unknown)" : outlet);
        if (outlet != null) d.add(new StoredField(OUTLET_NAME, outlet));
        java.sql.Date published = rs.getDate("published");
        if (published != null) {
            LocalDate day = published.toLocalDate();
            d.add(new LongPoint(DATE, day.toEpochDay()));
            d.add(new NumericDocValuesField(DATE, day.toEpochDay()));
            d.add(new StoredField(DATE, day.toString()));
            facet(d, YEAR, String.valueOf(day.getYear()));
        }
        for (String t : split(rs.getString("types"))) facet(d, TYPE, t);
        Set<String> countries = split(rs.getString("countries"));
        countries.addAll(split(rs.getString("speaker_countries")));
        for (String c : countries) facet(d, COUNTRY, c);
        for (String s : split(rs.getString("speakers"))) facet(d, SPEAKER, s);
        for (String a : split(rs.getString("actor_names"))) facet(d, ACTOR, a);
        // --actor matches an entity id, a country code or a name, whichever the user gives.
        for (String id : split(rs.getString("actor_ids"))) d.add(new StringField(ACTOR, id.toLowerCase(Locale.ROOT), Field.Store.NO));
        for (String c : split(rs.getString("countries"))) d.add(new StringField(ACTOR, c.toLowerCase(Locale.ROOT), Field.Store.NO));
        return d;
    }

    /** A facet value, also indexed lower-cased in the field of the same name for exact filtering. */
    private static void facet(Document d, String dim, String value) {
        if (value == null || value.isBlank()) return;
        d.add(new SortedSetDocValuesFacetField(dim, value));
        d.add(new StringField(dim, value.toLowerCase(Locale.ROOT), Field.Store.NO));
    }

    private static Set<String> split(String joined) {
        Set<String> out = new LinkedHashSet<>();
        if (joined == null) return out;
        for (String s : joined.split(SEP)) if (!s.isBlank()) out.add(s);
        return out;
    }

    @Override public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
