-- Parley store, schema version 2 (docs/schema.md, "The store"; why: docs/performance.md, "The store").
-- The hash of each article as read, so that a rerun skips an unchanged input before analysing it.
ALTER TABLE articles ADD COLUMN input_hash VARCHAR;
-- The article's publication date copied onto its mentions and quotations: the API lists them by date,
-- and a join with articles for every page cost more than the rest of the query.
ALTER TABLE entity_mentions ADD COLUMN published DATE;
UPDATE entity_mentions SET published = a.published FROM articles a WHERE a.id = entity_mentions.article;
ALTER TABLE quotes ADD COLUMN published DATE;
UPDATE quotes SET published = a.published FROM articles a WHERE a.id = quotes.article;
