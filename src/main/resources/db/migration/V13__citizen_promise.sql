-- Citizen promises (medborgarlöften) agreed by police and municipality, with activities and the
-- yearly follow-up; and the secret links of the årshjul's iCalendar feed.

CREATE TABLE citizen_promise (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    title              text         NOT NULL,
    promise_text       text         NOT NULL,
    period_from        date         NOT NULL,
    period_to          date         NOT NULL,
    focus_problems     text         NOT NULL DEFAULT '',
    published          boolean      NOT NULL DEFAULT false,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    CHECK (period_to >= period_from)
);
CREATE INDEX citizen_promise_municipality ON citizen_promise (municipality_code, period_to);
COMMENT ON TABLE citizen_promise IS 'A citizen promise (medborgarlöfte) of police and municipality for a period';
COMMENT ON COLUMN citizen_promise.id IS 'Internal id';
COMMENT ON COLUMN citizen_promise.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN citizen_promise.title IS 'Short title, e.g. Trygg centrumkväll';
COMMENT ON COLUMN citizen_promise.promise_text IS 'The promise as published to residents';
COMMENT ON COLUMN citizen_promise.period_from IS 'First day the promise applies';
COMMENT ON COLUMN citizen_promise.period_to IS 'Last day the promise applies';
COMMENT ON COLUMN citizen_promise.focus_problems IS 'Focus problems, one a line (e.g. öppen narkotikahandel, trafiksäkerhet)';
COMMENT ON COLUMN citizen_promise.published IS 'Whether the promise is shown on the public pages';
COMMENT ON COLUMN citizen_promise.created_at IS 'When it was recorded';

CREATE TABLE citizen_promise_party (
    promise_id       bigint  NOT NULL REFERENCES citizen_promise (id) ON DELETE CASCADE,
    organisation_id  bigint  NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (promise_id, organisation_id)
);
COMMENT ON TABLE citizen_promise_party IS 'The parties of a citizen promise: police area, municipality and other organisations';
COMMENT ON COLUMN citizen_promise_party.promise_id IS 'The promise';
COMMENT ON COLUMN citizen_promise_party.organisation_id IS 'A party; an organisation of the municipality';

CREATE TABLE citizen_promise_activity (
    id                     bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    promise_id             bigint       NOT NULL REFERENCES citizen_promise (id) ON DELETE CASCADE,
    municipality_code      char(4)      NOT NULL REFERENCES municipality (code),
    description            text         NOT NULL,
    owner_organisation_id  bigint       REFERENCES organisation (id) ON DELETE SET NULL,
    status                 text         NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'ONGOING', 'DONE', 'CANCELLED')),
    due_date               date,
    created_at             timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX citizen_promise_activity_promise ON citizen_promise_activity (promise_id);
CREATE INDEX citizen_promise_activity_due ON citizen_promise_activity (municipality_code, due_date);
COMMENT ON TABLE citizen_promise_activity IS 'An activity that carries out a citizen promise';
COMMENT ON COLUMN citizen_promise_activity.id IS 'Internal id';
COMMENT ON COLUMN citizen_promise_activity.promise_id IS 'The promise';
COMMENT ON COLUMN citizen_promise_activity.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN citizen_promise_activity.description IS 'What will be done';
COMMENT ON COLUMN citizen_promise_activity.owner_organisation_id IS 'Responsible organisation';
COMMENT ON COLUMN citizen_promise_activity.status IS 'PLANNED, ONGOING, DONE or CANCELLED';
COMMENT ON COLUMN citizen_promise_activity.due_date IS 'When it should be done, if set; past it and not done or cancelled, it is overdue';
COMMENT ON COLUMN citizen_promise_activity.created_at IS 'When it was added';

CREATE TABLE citizen_promise_follow_up (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    promise_id         bigint       NOT NULL REFERENCES citizen_promise (id) ON DELETE CASCADE,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    year               integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    achieved           text         NOT NULL,
    written_on         date         NOT NULL,
    UNIQUE (promise_id, year)
);
COMMENT ON TABLE citizen_promise_follow_up IS 'The yearly follow-up of a citizen promise: what was achieved that year';
COMMENT ON COLUMN citizen_promise_follow_up.id IS 'Internal id';
COMMENT ON COLUMN citizen_promise_follow_up.promise_id IS 'The promise';
COMMENT ON COLUMN citizen_promise_follow_up.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN citizen_promise_follow_up.year IS 'The year followed up';
COMMENT ON COLUMN citizen_promise_follow_up.achieved IS 'What was achieved (public)';
COMMENT ON COLUMN citizen_promise_follow_up.written_on IS 'When the follow-up was written or last changed';

CREATE TABLE citizen_promise_follow_up_activity (
    follow_up_id  bigint  NOT NULL REFERENCES citizen_promise_follow_up (id) ON DELETE CASCADE,
    activity_id   bigint  NOT NULL REFERENCES citizen_promise_activity (id) ON DELETE CASCADE,
    status        text    NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'DONE', 'CANCELLED')),
    PRIMARY KEY (follow_up_id, activity_id)
);
COMMENT ON TABLE citizen_promise_follow_up_activity IS 'The status of each activity at a yearly follow-up';
COMMENT ON COLUMN citizen_promise_follow_up_activity.follow_up_id IS 'The follow-up';
COMMENT ON COLUMN citizen_promise_follow_up_activity.activity_id IS 'The activity';
COMMENT ON COLUMN citizen_promise_follow_up_activity.status IS 'Its status at the follow-up: PLANNED, ONGOING, DONE or CANCELLED';

-- The årshjul as a subscribable calendar: a secret link per municipality.
CREATE TABLE calendar_feed (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    token_hash         bytea        NOT NULL UNIQUE,
    created_by         bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    revoked_at         timestamptz
);
CREATE UNIQUE INDEX calendar_feed_one_active ON calendar_feed (municipality_code) WHERE revoked_at IS NULL;
COMMENT ON TABLE calendar_feed IS 'A secret link to the municipality''s årshjul as an iCalendar feed; the token is the authentication';
COMMENT ON COLUMN calendar_feed.id IS 'Internal id';
COMMENT ON COLUMN calendar_feed.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN calendar_feed.token_hash IS 'SHA-256 of the 256-bit random token; the token itself is never stored';
COMMENT ON COLUMN calendar_feed.created_by IS 'The coordinator who created the link';
COMMENT ON COLUMN calendar_feed.created_at IS 'When the link was created';
COMMENT ON COLUMN calendar_feed.revoked_at IS 'When the link was revoked or renewed; a revoked link answers 404';
