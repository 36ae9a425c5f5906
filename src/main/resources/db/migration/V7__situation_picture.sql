-- The law's documents (Lag 2023:196 § 4): the period lägesbild with its prioritised problems and
-- SMART goals, and the action plan that links measures to the problems they address.

CREATE TABLE situation_picture (
    id                  bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code   char(4)      NOT NULL REFERENCES municipality (code),
    title               text         NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    period_from         date         NOT NULL,
    period_to           date         NOT NULL,
    mapping_comment     text         NOT NULL DEFAULT '',
    other_information   text         NOT NULL DEFAULT '',
    analysis            text         NOT NULL DEFAULT '',
    problem_selection   text         NOT NULL DEFAULT '',
    sources_used        text         NOT NULL DEFAULT '',
    sources_left_out    text         NOT NULL DEFAULT '',
    source_limitations  text         NOT NULL DEFAULT '',
    created_by          bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    CHECK (period_to >= period_from),
    CHECK (period_to < period_from + interval '5 years')
);
CREATE INDEX situation_picture_municipality ON situation_picture (municipality_code, period_from DESC);
COMMENT ON TABLE situation_picture IS 'A period lägesbild (Lag 2023:196 § 4): mapping of crime and disorder, other information and analysis for a period';
COMMENT ON COLUMN situation_picture.id IS 'Internal id';
COMMENT ON COLUMN situation_picture.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN situation_picture.title IS 'Heading, e.g. Lägesbild 2026';
COMMENT ON COLUMN situation_picture.period_from IS 'First day of the period (inclusive)';
COMMENT ON COLUMN situation_picture.period_to IS 'Last day of the period (inclusive); at most five years after the first';
COMMENT ON COLUMN situation_picture.mapping_comment IS 'Part 1, mapping: comment on the report counts, imported statistics (police, rescue service) and other sources';
COMMENT ON COLUMN situation_picture.other_information IS 'Part 2: other relevant information, e.g. surveys, Brå''s NTU, school surveys';
COMMENT ON COLUMN situation_picture.analysis IS 'Part 3: the analysis of causes and patterns';
COMMENT ON COLUMN situation_picture.problem_selection IS 'Why each prioritised problem was chosen (asked for by Brå)';
COMMENT ON COLUMN situation_picture.sources_used IS 'Sources the picture builds on';
COMMENT ON COLUMN situation_picture.sources_left_out IS 'Sources considered but left out, and why';
COMMENT ON COLUMN situation_picture.source_limitations IS 'Limitations of the sources (coverage, unreported crime, small numbers)';
COMMENT ON COLUMN situation_picture.created_by IS 'Who created it';
COMMENT ON COLUMN situation_picture.created_at IS 'When it was created';
COMMENT ON COLUMN situation_picture.updated_at IS 'When its texts or problems last changed';

CREATE TABLE situation_problem (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    picture_id         bigint       NOT NULL REFERENCES situation_picture (id) ON DELETE CASCADE,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    title              text         NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    finding            text         NOT NULL DEFAULT '',
    why_chosen         text         NOT NULL DEFAULT '',
    area_id            bigint       REFERENCES area (id) ON DELETE SET NULL,
    category_id        bigint       REFERENCES incident_category (id) ON DELETE SET NULL,
    goal_specific      text         NOT NULL DEFAULT '',
    goal_measurable    text         NOT NULL DEFAULT '',
    goal_achievable    text         NOT NULL DEFAULT '',
    goal_relevant      text         NOT NULL DEFAULT '',
    goal_time_bound    date,
    sort_order         integer      NOT NULL DEFAULT 1 CHECK (sort_order >= 1),
    created_at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX situation_problem_picture ON situation_problem (picture_id, sort_order);
COMMENT ON TABLE situation_problem IS 'A prioritised problem of a lägesbild with its SMART goal';
COMMENT ON COLUMN situation_problem.id IS 'Internal id';
COMMENT ON COLUMN situation_problem.picture_id IS 'The lägesbild';
COMMENT ON COLUMN situation_problem.municipality_code IS 'Owning municipality (tenant), the same as the lägesbild''s';
COMMENT ON COLUMN situation_problem.title IS 'Short name of the problem, e.g. Skadegörelse i centrum kvällstid';
COMMENT ON COLUMN situation_problem.finding IS 'What the data shows';
COMMENT ON COLUMN situation_problem.why_chosen IS 'Why the problem was prioritised';
COMMENT ON COLUMN situation_problem.area_id IS 'Area it concerns, if one';
COMMENT ON COLUMN situation_problem.category_id IS 'Report category it concerns, if one';
COMMENT ON COLUMN situation_problem.goal_specific IS 'SMART goal, specific: what shall change';
COMMENT ON COLUMN situation_problem.goal_measurable IS 'SMART goal, measurable: the indicator and its target value';
COMMENT ON COLUMN situation_problem.goal_achievable IS 'SMART goal, achievable: why it can be reached';
COMMENT ON COLUMN situation_problem.goal_relevant IS 'SMART goal, relevant: how it meets the problem';
COMMENT ON COLUMN situation_problem.goal_time_bound IS 'SMART goal, time-bound: the date by which it shall be reached';
COMMENT ON COLUMN situation_problem.sort_order IS 'Priority, 1 = most important';
COMMENT ON COLUMN situation_problem.created_at IS 'When it was added';

CREATE TABLE problem_measure (
    problem_id         bigint       NOT NULL REFERENCES situation_problem (id) ON DELETE CASCADE,
    measure_id         bigint       NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    linked_by          bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    linked_at          timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (problem_id, measure_id)
);
CREATE INDEX problem_measure_measure ON problem_measure (measure_id);
COMMENT ON TABLE problem_measure IS 'The action plan: which measures address which prioritised problem of a lägesbild';
COMMENT ON COLUMN problem_measure.problem_id IS 'The prioritised problem';
COMMENT ON COLUMN problem_measure.measure_id IS 'A measure against it, of the same municipality';
COMMENT ON COLUMN problem_measure.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN problem_measure.linked_by IS 'Who linked them';
COMMENT ON COLUMN problem_measure.linked_at IS 'When they were linked';
