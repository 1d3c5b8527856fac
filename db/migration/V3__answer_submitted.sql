-- Only submitted responses count in the report. With the status only on the response, the report
-- took the answers of the others off in a second pass from the response side (2x a plain GROUP BY
-- over a million answers). A response becomes submitted once and never leaves that state, so each
-- answer now carries a flag copied from its response: set with the submit, in the same transaction,
-- and written by demo-data; an answer of a response in progress or abandoned keeps FALSE. The
-- response stays the authority; this is a copy for reading.
-- Portable SQL: H2 2.x and PostgreSQL 12+.

ALTER TABLE answer ADD COLUMN submitted BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE answer SET submitted = TRUE
    WHERE response_id IN (SELECT id FROM response WHERE status = 'submitted');
