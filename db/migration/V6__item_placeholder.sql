-- A statement or question the questionnaire's author marked "(placeholder)": wording to be
-- replaced before a wave collects answers to it (issue 18). Opening a wave on a questionnaire
-- that still has one asks the evaluator to confirm, naming them. Items loaded before stay unmarked.
-- Portable SQL: H2 2.x and PostgreSQL 12+.

ALTER TABLE item ADD COLUMN placeholder BOOLEAN DEFAULT FALSE NOT NULL;
