-- Measures (åtgärder) and their follow-up; used by the lägesbild and, later, safety walks.

CREATE TABLE measure (
    id                     bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code      char(4)      NOT NULL REFERENCES municipality (code),
    title                  text         NOT NULL,
    description            text         NOT NULL DEFAULT '',
    problem                text         NOT NULL DEFAULT '',
    area_id                bigint       REFERENCES area (id) ON DELETE SET NULL,
    owner_organisation_id  bigint       REFERENCES organisation (id) ON DELETE SET NULL,
    owner_person           text,
    start_date             date,
    due_date               date,
    status                 text         NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'DECIDED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    proposed_in_week       date,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
);
CREATE INDEX measure_municipality ON measure (municipality_code, status);
COMMENT ON TABLE measure IS 'A measure (åtgärd) against a problem, with owner, dates and status';
COMMENT ON COLUMN measure.id IS 'Internal id';
COMMENT ON COLUMN measure.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN measure.title IS 'Short title';
COMMENT ON COLUMN measure.description IS 'What will be done';
COMMENT ON COLUMN measure.problem IS 'The problem and finding it addresses';
COMMENT ON COLUMN measure.area_id IS 'Area where it acts, if any';
COMMENT ON COLUMN measure.owner_organisation_id IS 'Responsible organisation';
COMMENT ON COLUMN measure.owner_person IS 'Responsible person (name or function)';
COMMENT ON COLUMN measure.start_date IS 'Planned start';
COMMENT ON COLUMN measure.due_date IS 'Deadline; past it and not done or cancelled, the measure is overdue';
COMMENT ON COLUMN measure.status IS 'PROPOSED, DECIDED, IN_PROGRESS, DONE or CANCELLED';
COMMENT ON COLUMN measure.proposed_in_week IS 'Monday of the week whose lägesbild proposed it';
COMMENT ON COLUMN measure.created_at IS 'When it was proposed';

CREATE TABLE measure_category (
    measure_id   bigint  NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    category_id  bigint  NOT NULL REFERENCES incident_category (id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, category_id)
);
COMMENT ON TABLE measure_category IS 'Report categories a measure addresses';
COMMENT ON COLUMN measure_category.measure_id IS 'The measure';
COMMENT ON COLUMN measure_category.category_id IS 'A category it addresses';

CREATE TABLE measure_event (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    measure_id  bigint       NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    status      text         NOT NULL,
    note        text         NOT NULL DEFAULT '',
    author_id   bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX measure_event_measure ON measure_event (measure_id, created_at);
COMMENT ON TABLE measure_event IS 'A measure''s history: status changes, decisions and follow-up notes';
COMMENT ON COLUMN measure_event.id IS 'Internal id';
COMMENT ON COLUMN measure_event.measure_id IS 'The measure';
COMMENT ON COLUMN measure_event.status IS 'Status after the event';
COMMENT ON COLUMN measure_event.note IS 'Decision or follow-up note';
COMMENT ON COLUMN measure_event.author_id IS 'Who recorded it';
COMMENT ON COLUMN measure_event.created_at IS 'When';
