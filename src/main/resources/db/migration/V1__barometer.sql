-- Trygghetsbarometern: anonymous drafts, completed responses and separate contact requests.
-- Anonymity by design: no IP address, user agent, cookie id or time of day is stored; keys are random.

CREATE TABLE barometer_draft (
    token_hash          bytea       PRIMARY KEY,
    instrument_version  integer     NOT NULL,
    answers             jsonb       NOT NULL DEFAULT '{}'::jsonb,
    saved_on            date        NOT NULL
);
COMMENT ON TABLE barometer_draft IS 'An unfinished barometer response, keyed by the hash of the respondent''s unguessable draft token';
COMMENT ON COLUMN barometer_draft.token_hash IS 'SHA-256 of the draft token that only the respondent holds (in the page address)';
COMMENT ON COLUMN barometer_draft.instrument_version IS 'Version of the trygghetsbarometern instrument being answered';
COMMENT ON COLUMN barometer_draft.answers IS 'Answers given so far: question id -> answer code (YES, PARTLY, NO, DONT_KNOW)';
COMMENT ON COLUMN barometer_draft.saved_on IS 'Date of the last save (no time of day); old drafts are removed';

CREATE TABLE barometer_response (
    id                  uuid        PRIMARY KEY,
    result_token_hash   bytea       NOT NULL UNIQUE,
    instrument_id       text        NOT NULL,
    instrument_version  integer     NOT NULL,
    completed_on        date        NOT NULL,
    total_score         integer     NOT NULL CHECK (total_score BETWEEN 0 AND 100)
);
COMMENT ON TABLE barometer_response IS 'A completed, anonymous barometer response';
COMMENT ON COLUMN barometer_response.id IS 'Random UUID (version 4): reveals nothing about the order of submissions';
COMMENT ON COLUMN barometer_response.result_token_hash IS 'SHA-256 of the result token in the respondent''s result address';
COMMENT ON COLUMN barometer_response.instrument_id IS 'Instrument answered, e.g. trygghetsbarometern';
COMMENT ON COLUMN barometer_response.instrument_version IS 'Version of the instrument answered';
COMMENT ON COLUMN barometer_response.completed_on IS 'Date of completion only, never the time of day';
COMMENT ON COLUMN barometer_response.total_score IS 'Total score 0-100 as computed when completed';

CREATE TABLE barometer_answer (
    response_id  uuid  NOT NULL REFERENCES barometer_response (id) ON DELETE CASCADE,
    question_id  text  NOT NULL,
    answer       text  NOT NULL CHECK (answer IN ('YES', 'PARTLY', 'NO', 'DONT_KNOW')),
    PRIMARY KEY (response_id, question_id)
);
COMMENT ON TABLE barometer_answer IS 'One answer of a completed barometer response';
COMMENT ON COLUMN barometer_answer.response_id IS 'The completed response';
COMMENT ON COLUMN barometer_answer.question_id IS 'Stable question id from the instrument file, e.g. s1.q1';
COMMENT ON COLUMN barometer_answer.answer IS 'Answer code: YES, PARTLY, NO or DONT_KNOW';

CREATE TABLE barometer_section_score (
    response_id  uuid     NOT NULL REFERENCES barometer_response (id) ON DELETE CASCADE,
    section_id   text     NOT NULL,
    score        integer  NOT NULL CHECK (score BETWEEN 0 AND 100),
    dont_know    integer  NOT NULL CHECK (dont_know >= 0),
    PRIMARY KEY (response_id, section_id)
);
COMMENT ON TABLE barometer_section_score IS 'Section scores of a completed response, as computed when completed (used for comparisons)';
COMMENT ON COLUMN barometer_section_score.response_id IS 'The completed response';
COMMENT ON COLUMN barometer_section_score.section_id IS 'Section id from the instrument file, e.g. s1';
COMMENT ON COLUMN barometer_section_score.score IS 'Section score 0-100';
COMMENT ON COLUMN barometer_section_score.dont_know IS 'Number of Vet ej answers in the section (a knowledge gap)';

CREATE TABLE barometer_contact_request (
    id            uuid  PRIMARY KEY,
    name          text,
    title         text,
    organisation  text,
    email         text,
    requested_on  date  NOT NULL,
    response_id   uuid  REFERENCES barometer_response (id) ON DELETE SET NULL
);
COMMENT ON TABLE barometer_contact_request IS 'Contact details a respondent chose to leave; kept apart from responses';
COMMENT ON COLUMN barometer_contact_request.id IS 'Random UUID';
COMMENT ON COLUMN barometer_contact_request.name IS 'Namn (optional)';
COMMENT ON COLUMN barometer_contact_request.title IS 'Titel (optional)';
COMMENT ON COLUMN barometer_contact_request.organisation IS 'Organisation (optional)';
COMMENT ON COLUMN barometer_contact_request.email IS 'E-post (optional)';
COMMENT ON COLUMN barometer_contact_request.requested_on IS 'Date only';
COMMENT ON COLUMN barometer_contact_request.response_id IS 'Linked result, only when the respondent ticked the box to link it';
