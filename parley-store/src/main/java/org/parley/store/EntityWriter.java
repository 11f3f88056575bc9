package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.parley.model.Entity;
import org.parley.model.Mention;

/**
 * Writes a run's entity table into the store. A run's entity is the stored entity of the same type and
 * normalised name (its "key"), so ids stay stable across runs; a new key gets the next free id. Only
 * mentions in articles this run wrote are added (an unchanged article keeps the mentions it has).
 * Entities left without any mention (their articles changed) are removed.
 */
final class EntityWriter {
    private final Connection db;
    private final int runId;

    EntityWriter(Connection db, int runId) {
        this.db = db;
        this.runId = runId;
    }

    static String key(Entity e) { return (e.type() == null ? "" : e.type().name()) + ":" + StoreSink.norm(e.name()); }

    /**
     * Returns this run's entity ids mapped to store ids (entities the store did not keep map to nothing).
     * Mentions are those of {@code entities} plus those the sink staged per article in
     * {@code stage_entity_mentions} (which it creates when a run starts).
     */
    Map<String, String> write(Collection<Entity> entities) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE stage_entities AS"
                    + " SELECT 0::INTEGER AS ord, ''::VARCHAR AS run_entity, * EXCLUDE (id) FROM entities LIMIT 0");
        }
        try (Rows pe = new Rows(db, "stage_entities"); Rows pm = new Rows(db, "stage_entity_mentions")) {
            int ord = 0;
            for (Entity e : entities) {
                pe.add(ord++, e.id(), key(e), e.name(), e.type() == null ? null : e.type().name(),
                        e.actor() == null ? null : e.actor().country(), e.actor() == null ? null : e.actor().sector(),
                        StoreSink.json(e.variants()));
                for (Mention m : e.mentions()) pm.add(e.id(), m.article(), m.start(), m.end(), m.text());
            }
        }
        long base = Sql.maxIdNumber(db, "entities");
        Sql.exec(db, "CREATE OR REPLACE TABLE written_entity_mentions AS SELECT m.* FROM stage_entity_mentions m"
                + " JOIN articles a ON a.id = m.article AND a.run_id = ?", runId);
        Sql.exec(db, "CREATE OR REPLACE TABLE new_entity_keys AS"
                + " SELECT key, 'E' || (" + base + " + row_number() OVER (ORDER BY o)) AS id FROM ("
                + "   SELECT s.key, min(s.ord) AS o FROM stage_entities s"
                + "   WHERE s.run_entity IN (SELECT run_entity FROM written_entity_mentions)"
                + "     AND s.key NOT IN (SELECT key FROM entities) GROUP BY s.key)");
        Sql.exec(db, "INSERT INTO entities SELECT n.id, s.* EXCLUDE (ord, run_entity) FROM new_entity_keys n"
                + " JOIN (SELECT DISTINCT ON (key) * FROM stage_entities ORDER BY key, ord) s ON s.key = n.key");
        Sql.exec(db, "CREATE OR REPLACE TABLE entity_map AS SELECT s.run_entity, e.id AS store_id"
                + " FROM stage_entities s JOIN entities e ON e.key = s.key");
        Sql.exec(db, "INSERT INTO entity_mentions SELECT m.store_id, w.article, w.start_offset, w.end_offset, w.text, a.published"
                + " FROM written_entity_mentions w JOIN entity_map m ON m.run_entity = w.run_entity JOIN articles a ON a.id = w.article");
        Sql.exec(db, "UPDATE quotes SET speaker_entity = (SELECT store_id FROM entity_map WHERE run_entity = quotes.speaker_entity)"
                + " WHERE run_id = ? AND speaker_entity IS NOT NULL", runId);
        Sql.exec(db, "DELETE FROM entities WHERE id NOT IN (SELECT DISTINCT entity FROM entity_mentions)");
        Map<String, String> map = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT run_entity, store_id FROM entity_map")) {
            while (rs.next()) map.put(rs.getString(1), rs.getString(2));
        }
        try (Statement st = db.createStatement()) {
            for (String t : new String[] {"stage_entities", "written_entity_mentions",
                    "new_entity_keys", "entity_map"}) {
                st.execute("DROP TABLE IF EXISTS " + t);
            }
        }
        return map;
    }
}
