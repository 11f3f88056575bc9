package org.parley.store;

import java.time.LocalDate;

/**
 * The GDELT 2.0 event table (61 columns, in GDELT's order) from the store, following the mapping in
 * docs/events.md: one row per (source actor, target actor) pair of an event; SQLDATE is the event's
 * day (the publication date of its first article when the text gives none); DATEADDED is that
 * publication date; Actor1Code is country + sector. Negated and hypothetical events are left out (GDELT
 * has no such flags). Not computed: IsRootEvent (0), AvgTone, geocoding (ActionGeo_FullName is the
 * location as written).
 */
final class GdeltQuery {
    private GdeltQuery() {}

    private static final String ACTOR = "STRUCT(entity VARCHAR, text VARCHAR, country VARCHAR, sector VARCHAR)";

    static String sql(LocalDate since, LocalDate until) {
        String actors = "from_json(%s, '[{\"entity\":\"VARCHAR\",\"text\":\"VARCHAR\",\"country\":\"VARCHAR\",\"sector\":\"VARCHAR\"}]')";
        return "WITH ev AS (SELECT e.*,"
                + "  (SELECT min(a.published) FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = e.id) AS pub,"
                + "  (SELECT count(*) FROM event_mentions m WHERE m.event = e.id) AS nm,"
                + "  (SELECT coalesce(a.url, a.id) FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = e.id"
                + "     ORDER BY a.published NULLS LAST, a.id LIMIT 1) AS src_url,"
                + "  " + String.format(actors, "e.source") + " AS srcs, " + String.format(actors, "e.target") + " AS tgts"
                + "  FROM events e WHERE NOT e.negated AND NOT e.hypothetical),"
                + " d AS (SELECT *, coalesce(day, pub) AS d FROM ev),"
                + " pairs AS (SELECT d.*, a1, a2 FROM d"
                + "  CROSS JOIN (SELECT unnest(CASE WHEN len(d.srcs) = 0 THEN [NULL::" + ACTOR + "] ELSE d.srcs END) AS a1)"
                + "  CROSS JOIN (SELECT unnest(CASE WHEN len(d.tgts) = 0 THEN [NULL::" + ACTOR + "] ELSE d.tgts END) AS a2)"
                + Exporter.range("d.d", since, until) + ")"
                + " SELECT"
                + "  TRY_CAST(substr(id, 2) AS BIGINT) AS GLOBALEVENTID,"
                + "  CAST(strftime(d, '%Y%m%d') AS INTEGER) AS SQLDATE,"
                + "  CAST(strftime(d, '%Y%m') AS INTEGER) AS MonthYear,"
                + "  year(d) AS \"Year\","
                + "  round(year(d) + (dayofyear(d) - 1) / 365.0, 4) AS FractionDate,"
                + actorColumns("a1", "Actor1")
                + actorColumns("a2", "Actor2")
                + "  0 AS IsRootEvent,"
                + "  cameo AS EventCode, substr(cameo, 1, 3) AS EventBaseCode, substr(cameo, 1, 2) AS EventRootCode,"
                + "  quad_class AS QuadClass, goldstein AS GoldsteinScale, nm AS NumMentions, num_sources AS NumSources,"
                + "  num_articles AS NumArticles, NULL AS AvgTone,"
                + geo("Actor1Geo", "NULL") + geo("Actor2Geo", "NULL") + geo("ActionGeo", "location")
                + "  CAST(strftime(pub, '%Y%m%d') || '000000' AS BIGINT) AS DATEADDED,"
                + "  src_url AS SOURCEURL"
                + " FROM pairs ORDER BY GLOBALEVENTID";
    }

    private static String actorColumns(String a, String p) {
        String igo = a + ".sector = 'IGO'";
        return "  CASE WHEN " + a + " IS NULL THEN NULL WHEN " + igo + " THEN 'IGO' || coalesce(" + a + ".country, '')"
                + "   ELSE nullif(coalesce(" + a + ".country, '') || coalesce(" + a + ".sector, ''), '') END AS " + p + "Code,"
                + "  upper(" + a + ".text) AS " + p + "Name,"
                + "  CASE WHEN " + igo + " THEN NULL ELSE " + a + ".country END AS " + p + "CountryCode,"
                + "  CASE WHEN " + igo + " THEN " + a + ".country END AS " + p + "KnownGroupCode,"
                + "  NULL AS " + p + "EthnicCode, NULL AS " + p + "Religion1Code, NULL AS " + p + "Religion2Code,"
                + "  CASE WHEN " + igo + " THEN 'IGO' ELSE " + a + ".sector END AS " + p + "Type1Code,"
                + "  NULL AS " + p + "Type2Code, NULL AS " + p + "Type3Code,";
    }

    private static String geo(String p, String fullName) {
        return "  CASE WHEN " + fullName + " IS NULL THEN 0 ELSE 4 END AS " + p + "_Type, " + fullName + " AS " + p + "_FullName,"
                + " NULL AS " + p + "_CountryCode, NULL AS " + p + "_ADM1Code, NULL AS " + p + "_ADM2Code, NULL AS " + p + "_Lat,"
                + " NULL AS " + p + "_Long, NULL AS " + p + "_FeatureID,";
    }
}
