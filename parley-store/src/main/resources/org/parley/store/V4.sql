-- Parley store, schema version 4 (docs/schema.md, "The store").
-- An event's salience in its sentence (events.jsonl's "salience"): MAIN, the sentence's own report, or BACKGROUND,
-- an event the sentence names while reporting another. A stored event is MAIN if any report of it is MAIN.
-- Events stored before this version were written before salience existed: they read as MAIN, the record's default.
ALTER TABLE events ADD COLUMN salience VARCHAR;
UPDATE events SET salience = 'MAIN';
