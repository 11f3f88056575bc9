package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the index of a store folder. Thread-safe: one searcher serves concurrent requests. It sees
 * the index as it was when opened.
 */
public final class Searcher implements AutoCloseable {
    private static final int SNIPPET_CHARS = 240;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = SearchIndex.analyzer();
    private final SortedSetDocValuesReaderState facetState;
    private final UnifiedHighlighter highlighter;
    /**
     * Exact hit counts and facet counts by query. The searcher sees the index as it was when opened, so
     * they cannot change; counting them visits every match (all documents for a blank query), while the
     * top documents of a page do not need to. Least recently used first out, bounded.
     */
    private final Map<String, Counted> counted = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<String, Counted> eldest) { return size() > MAX_COUNTED; }
            });

    private static final int MAX_COUNTED = 5_000;

    private record Counted(long total, Map<String, List<SearchResult.FacetCount>> facets) {}

    private Searcher(DirectoryReader reader, String pre, String post, boolean escapeHtml) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, SearchIndex.facetsConfig());
        } catch (IllegalArgumentException | IOException e) {
            state = null; // an empty index has no facet field yet
        }
        this.facetState = state;
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(pre, post, " ... ", escapeHtml))
                .withMaxLength(100_000)
                .withScorer(new PassageScores())
                .build();
    }

    /**
     * Opens the index of the store in {@code storeDir}; matched words in snippets are put between
     * {@code pre} and {@code post}, and the rest of the snippet is HTML-escaped when {@code escapeHtml}.
     */
    public static Searcher open(Path storeDir, String pre, String post, boolean escapeHtml) {
        Path dir = Store.indexDir(storeDir);
        if (!Files.isRegularFile(Store.databaseFile(storeDir))) {
            throw new StoreException("no store at " + storeDir + " (create one with parley analyze INPUT... --store " + storeDir + ")");
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no search index in " + storeDir + " (build it with parley index --store " + storeDir + " --rebuild)");
        }
        try {
            return new Searcher(DirectoryReader.open(FSDirectory.open(dir)), pre, post, escapeHtml);
        } catch (IOException e) {
            throw new StoreException("cannot open search index " + dir + ": " + e.getMessage()
                    + " (rebuild it with parley index --store " + storeDir + " --rebuild)", e);
        }
    }

    /** Documents in the index. */
    public int size() { return reader.numDocs(); }

    /** Runs a search; a query Lucene cannot parse is an IllegalArgumentException with the parser's reason. */
    public SearchResult search(SearchRequest r) {
        Query query = query(r);
        int n = r.offset() + r.limit();
        try {
            TopDocs top;
            Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
            long total = -1;
            Counted known = r.facets() ? counted.get(query.toString()) : null;
            if (known != null) {
                // Counted before: only the top documents are needed, which Lucene finds without visiting every match.
                top = searcher.search(query, n);
                total = known.total();
                facets.putAll(known.facets());
            } else if (r.facets() && facetState != null) {
                FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
                top = fr.topDocs();
                Facets counts = new SortedSetDocValuesFacetCounts(facetState, fr.facetsCollector());
                for (String dim : SearchIndex.DIMS) {
                    FacetResult f;
                    try {
                        f = counts.getTopChildren(10, dim);
                    } catch (IllegalArgumentException e) {
                        f = null; // no document has this dimension yet
                    }
                    List<SearchResult.FacetCount> values = new ArrayList<>();
                    if (f != null) for (LabelAndValue lv : f.labelValues) values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                    facets.put(dim, List.copyOf(values));
                }
                total = top.totalHits.value;
                counted.put(query.toString(), new Counted(total, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets))));
            } else {
                top = searcher.search(query, n);
            }
            ScoreDoc[] page = r.offset() >= top.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, r.offset(), top.scoreDocs.length);
            Map<String, String[]> marked = page.length == 0 ? Map.of()
                    : highlighter.highlightFields(new String[] {SearchIndex.BODY, SearchIndex.QUOTES}, query, docIds(page),
                    new int[] {1, 1});
            String[] body = marked.getOrDefault(SearchIndex.BODY, new String[page.length]);
            String[] quotes = marked.getOrDefault(SearchIndex.QUOTES, new String[page.length]);
            List<SearchResult.Hit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (int i = 0; i < page.length; i++) {
                Document d = stored.document(page[i].doc);
                String snippet = body[i] != null ? body[i] : quotes[i];
                if (snippet == null) {
                    String text = d.get(SearchIndex.BODY);
                    snippet = text == null ? "" : text.substring(0, Math.min(SNIPPET_CHARS, text.length()));
                }
                hits.add(new SearchResult.Hit(d.get(SearchIndex.ID), d.get(SearchIndex.TITLE), outlet(d), d.get(SearchIndex.DATE),
                        page[i].score, snippet.replaceAll("\\s+", " ").strip()));
            }
            return new SearchResult(total >= 0 ? total : top.totalHits.value, hits, facets);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private static int[] docIds(ScoreDoc[] docs) {
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) ids[i] = docs[i].doc;
        return ids;
    }

    private static String outlet(Document d) { return d.get(SearchIndex.OUTLET_NAME); }

    Query query(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String text = r.query() == null ? "" : r.query().strip();
        if (text.isEmpty()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            MultiFieldQueryParser p = new MultiFieldQueryParser(
                    new String[] {SearchIndex.TITLE, SearchIndex.BODY, SearchIndex.QUOTES}, analyzer,
                    Map.of(SearchIndex.TITLE, 2f, SearchIndex.BODY, 1f, SearchIndex.QUOTES, 1f));
            p.setDefaultOperator(QueryParser.Operator.AND);
            try {
                b.add(p.parse(text), BooleanClause.Occur.MUST);
            } catch (ParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot read the query: " + firstLine(e.getMessage()), e);
            }
        }
        filter(b, SearchIndex.ACTOR, r.actor());
        filter(b, SearchIndex.TYPE, r.type());
        filter(b, SearchIndex.COUNTRY, r.country());
        filter(b, SearchIndex.SPEAKER, r.speaker());
        filter(b, SearchIndex.OUTLET, r.outlet());
        if (r.since() != null || r.until() != null) {
            long lo = r.since() == null ? Long.MIN_VALUE : r.since().toEpochDay();
            long hi = r.until() == null ? Long.MAX_VALUE : r.until().toEpochDay();
            b.add(LongPoint.newRangeQuery(SearchIndex.DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value == null || value.isBlank()) return;
        b.add(new TermQuery(new Term(field, value.strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
    }

    private static String firstLine(String s) { return s == null ? "" : s.lines().findFirst().orElse(""); }

    @Override public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
