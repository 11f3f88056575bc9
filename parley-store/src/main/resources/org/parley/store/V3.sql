-- Parley store, schema version 3 (docs/schema.md, "The store").
-- Events merge across runs by the batch runner's rule: the key is EventMerger's (type, flags, status, actors),
-- and a stored event keeps the first and last day of its reports, so that a later report joins it when all of
-- them stay within the window. Events stored before this version keep their old key and merge with nothing new.
ALTER TABLE events ADD COLUMN min_day DATE;
ALTER TABLE events ADD COLUMN max_day DATE;
UPDATE events SET min_day = day, max_day = day;
-- What the article's results lack (a library failed on a sentence), as in articles.jsonl's "missing".
ALTER TABLE articles ADD COLUMN missing JSON;
UPDATE articles SET missing = '[]';
