-- Parley store, schema version 1 (docs/schema.md, "The store"). Offsets are UTF-16 code units into articles.text.
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    articles_written INTEGER,
    articles_unchanged INTEGER
);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    run_id INTEGER NOT NULL,
    path VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR,
    published DATE, published_from VARCHAR, language VARCHAR, duplicate_of VARCHAR, skipped_stages VARCHAR,
    text VARCHAR, body JSON, dateline JSON
);
CREATE TABLE timexes (
    article VARCHAR NOT NULL, start_offset INTEGER, end_offset INTEGER, text VARCHAR,
    type VARCHAR, value VARCHAR, mod VARCHAR
);
CREATE TABLE quotes (
    id VARCHAR NOT NULL, article VARCHAR NOT NULL, run_id INTEGER NOT NULL, kind VARCHAR,
    content_start INTEGER, content_end INTEGER, content VARCHAR,
    cue_start INTEGER, cue_end INTEGER, cue VARCHAR,
    source_start INTEGER, source_end INTEGER, source_text VARCHAR,
    speaker_entity VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR, speaker_sector VARCHAR,
    confidence DOUBLE
);
CREATE TABLE entities (
    id VARCHAR PRIMARY KEY,
    key VARCHAR NOT NULL,
    name VARCHAR, type VARCHAR, country VARCHAR, sector VARCHAR, variants JSON
);
CREATE TABLE entity_mentions (
    entity VARCHAR NOT NULL, article VARCHAR NOT NULL, start_offset INTEGER, end_offset INTEGER, text VARCHAR
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    key VARCHAR NOT NULL,
    type VARCHAR, mode VARCHAR, contexts JSON,
    source JSON, target JSON,
    source_entity VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_text VARCHAR,
    target_entity VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_text VARCHAR,
    date VARCHAR, day DATE, location VARCHAR, negated BOOLEAN, hypothetical BOOLEAN, reported_by JSON,
    cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, confidence DOUBLE,
    num_articles INTEGER, num_sources INTEGER
);
CREATE TABLE event_mentions (
    event VARCHAR NOT NULL, article VARCHAR NOT NULL,
    sentence_start INTEGER, sentence_end INTEGER, trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR
);
CREATE TABLE records (
    kind VARCHAR NOT NULL, id VARCHAR, hash VARCHAR NOT NULL, run_id INTEGER NOT NULL, json JSON NOT NULL
);
CREATE TABLE skipped (
    path VARCHAR, reason VARCHAR, run_id INTEGER NOT NULL
);
CREATE INDEX timexes_article ON timexes(article);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX entity_mentions_article ON entity_mentions(article);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity);
CREATE INDEX event_mentions_article ON event_mentions(article);
CREATE INDEX event_mentions_event ON event_mentions(event);
CREATE INDEX entities_key ON entities(key);
CREATE INDEX events_key ON events(key);
