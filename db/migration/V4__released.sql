-- What the report and the export show of a wave: its released responses. A response submitted
-- to an open wave is held back until at least k have been submitted since the last release, so
-- figures grow in steps and two reports around one submission cannot give it away; closing a
-- wave releases the rest (disclosure/Release). The answers carry a copy of the flag, as they do
-- of "submitted" (V3), for the report's one-table count; both are set in one transaction.
-- Everything already submitted counts as released, as it was shown before this version.
-- Portable SQL: H2 2.x and PostgreSQL 12+.

ALTER TABLE response ADD COLUMN released BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE answer ADD COLUMN released BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE response SET released = TRUE WHERE status = 'submitted';
UPDATE answer SET released = TRUE WHERE submitted = TRUE;
