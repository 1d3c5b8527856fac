-- An open answer typed but not yet finished (no Tab) is written as a draft after a pause in
-- typing, so a kill or a walk-away loses at most the last second of it (issue 15). The flag
-- tells the export which texts were never finished; finishing the answer clears it.
-- Portable SQL: H2 2.x and PostgreSQL 12+.

ALTER TABLE answer ADD COLUMN draft BOOLEAN DEFAULT FALSE NOT NULL;
