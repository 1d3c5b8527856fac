-- The date detail a wave's responses are released with, decided once: by the first export that
-- holds the wave. Every later export of it, in either profile and with any options, gives its
-- dates at this level or none at all, so no two releases can be joined into a finer one (a week
-- straddles two months: a week export beside a month export of one wave once left a person
-- alone in the overlap). k is the research k it was decided under.
-- Portable SQL: H2 2.x and PostgreSQL 12+.

CREATE TABLE wave_release (
    wave_id     INTEGER PRIMARY KEY REFERENCES wave (id),
    dates       VARCHAR(5) NOT NULL CHECK (dates IN ('day', 'week', 'month', 'none')),
    min_cell    INTEGER NOT NULL CHECK (min_cell > 0),
    decided_on  DATE NOT NULL
);
