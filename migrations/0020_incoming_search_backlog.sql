-- incoming_search_backlog: records an import of more than 5,000 rows wrote without their search-index entries,
-- which the core adds right after the import, a few thousand per transaction (and on open, if the program stopped
-- before it finished). Derived, like the search tables: never synced, and emptied when those are refilled.
CREATE TABLE incoming_search_backlog (fts_rowid INTEGER PRIMARY KEY NOT NULL);
