-- Any kind of item and any answer value (issue 36), in place of V1's checks that V8 dropped:
-- an item's kind is any code the program knows (agreement, open; the next issue adds choice,
-- choices, number and yes/no), an agreement statement still sits in a block, a scale point and
-- an answer's points are any whole number from 0. An answer holds, by its item's kind, points
-- on a scale, a coded value (a single choice, yes/no), a whole number, or text; the codes
-- ticked for a multiple choice are rows of answer_choice. Rows stored before keep their meaning.
-- Portable SQL: H2 2.x and PostgreSQL 12+.

ALTER TABLE item ALTER COLUMN kind SET DATA TYPE VARCHAR(20);
ALTER TABLE item ADD CONSTRAINT item_kind_code CHECK (kind <> '');
ALTER TABLE item ADD CONSTRAINT item_agreement_in_block CHECK (kind <> 'agreement' OR block_id IS NOT NULL);
ALTER TABLE scale_point ADD CONSTRAINT scale_point_points_whole CHECK (points >= 0);
ALTER TABLE answer ADD CONSTRAINT answer_points_whole CHECK (points >= 0);

ALTER TABLE answer ADD COLUMN answer_code VARCHAR(40);
ALTER TABLE answer ADD COLUMN answer_number INTEGER;

CREATE TABLE answer_choice (
    response_id     UUID NOT NULL,
    item_id         INTEGER NOT NULL,
    code            VARCHAR(40) NOT NULL,
    PRIMARY KEY (response_id, item_id, code),
    CONSTRAINT answer_choice_answer FOREIGN KEY (response_id, item_id) REFERENCES answer (response_id, item_id)
);
