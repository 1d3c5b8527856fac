-- The report counts answers per (item, wave, role, points). With wave and role only on the
-- response, H2 joined every answer to its response row by row (4-7x a plain GROUP BY over a
-- million answers). Each answer now carries its response's wave and role, copied when it is
-- written (and the role again whenever the response's role changes), so the count is one pass
-- over one table. The response stays the authority; these are copies for reading.
-- Portable SQL: H2 2.x and PostgreSQL 12+.

ALTER TABLE answer ADD COLUMN wave_id INTEGER;
ALTER TABLE answer ADD COLUMN role_code VARCHAR(40);

UPDATE answer SET
    wave_id = (SELECT r.wave_id FROM response r WHERE r.id = answer.response_id),
    role_code = (SELECT r.role_code FROM response r WHERE r.id = answer.response_id);

ALTER TABLE answer ALTER COLUMN wave_id SET NOT NULL;
