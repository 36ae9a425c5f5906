-- Kartläggning: mapping rounds across municipalities, one invitation and one answer sheet per municipality.

CREATE TABLE mapping_round (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               text NOT NULL,
    instrument_id      text NOT NULL,
    instrument_version integer NOT NULL,
    deadline           date NOT NULL,
    created_by         bigint NOT NULL REFERENCES app_user (id),
    created_at         timestamptz NOT NULL DEFAULT now(),
    closed_at          timestamptz
);
COMMENT ON TABLE mapping_round IS 'A mapping round (kartläggning): one instrument sent to a set of municipalities with a deadline';
COMMENT ON COLUMN mapping_round.id IS 'Surrogate key';
COMMENT ON COLUMN mapping_round.name IS 'The organiser''s name for the round, e.g. "Kartläggning Stockholms län 2026"';
COMMENT ON COLUMN mapping_round.instrument_id IS 'Id of the instrument file, e.g. kartlaggning-trygghetsarbete';
COMMENT ON COLUMN mapping_round.instrument_version IS 'Version of the instrument the round uses';
COMMENT ON COLUMN mapping_round.deadline IS 'Last day to answer, shown in invitations';
COMMENT ON COLUMN mapping_round.created_by IS 'The organiser (operator or coordinator) who created the round and may see it';
COMMENT ON COLUMN mapping_round.created_at IS 'When the round was created';
COMMENT ON COLUMN mapping_round.closed_at IS 'When the organiser closed the round; no answers are accepted after that';

CREATE TABLE mapping_invitation (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id          bigint NOT NULL REFERENCES mapping_round (id) ON DELETE CASCADE,
    municipality_code char(4) NOT NULL REFERENCES municipality (code),
    token             text NOT NULL UNIQUE,
    email             text,
    invited_at        timestamptz,
    reminded_at       timestamptz,
    saved_at          timestamptz,
    submitted_at      timestamptz,
    UNIQUE (round_id, municipality_code)
);
COMMENT ON TABLE mapping_invitation IS 'One municipality invited to a mapping round, with its own answer link';
COMMENT ON COLUMN mapping_invitation.id IS 'Surrogate key';
COMMENT ON COLUMN mapping_invitation.round_id IS 'The round';
COMMENT ON COLUMN mapping_invitation.municipality_code IS 'The invited municipality (SCB code)';
COMMENT ON COLUMN mapping_invitation.token IS 'Unguessable token of the answer link /kartlaggning/svar/{token}';
COMMENT ON COLUMN mapping_invitation.email IS 'Where the invitation and reminders are e-mailed; optional';
COMMENT ON COLUMN mapping_invitation.invited_at IS 'When the invitation was e-mailed';
COMMENT ON COLUMN mapping_invitation.reminded_at IS 'When the last reminder was e-mailed';
COMMENT ON COLUMN mapping_invitation.saved_at IS 'When a draft was last saved';
COMMENT ON COLUMN mapping_invitation.submitted_at IS 'When the answers were submitted; then they can no longer be changed';

CREATE TABLE mapping_answer (
    invitation_id bigint NOT NULL REFERENCES mapping_invitation (id) ON DELETE CASCADE,
    answer_key    text NOT NULL,
    value         text NOT NULL,
    PRIMARY KEY (invitation_id, answer_key)
);
COMMENT ON TABLE mapping_answer IS 'A municipality''s answers (draft or submitted), one row per question or follow-up';
COMMENT ON COLUMN mapping_answer.invitation_id IS 'The invitation (round and municipality) answering';
COMMENT ON COLUMN mapping_answer.answer_key IS 'Question id (q1) or follow-up (q1.followup)';
COMMENT ON COLUMN mapping_answer.value IS 'Answer code (YES, NO, DONT_KNOW) or free text';

CREATE TABLE mapping_file (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invitation_id bigint NOT NULL REFERENCES mapping_invitation (id) ON DELETE CASCADE,
    question_id   text NOT NULL,
    filename      text NOT NULL,
    content_type  text NOT NULL,
    content       bytea NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (invitation_id, question_id)
);
COMMENT ON TABLE mapping_file IS 'A document a municipality attached to a question (a strategy, a definition), at most 10 MB';
COMMENT ON COLUMN mapping_file.id IS 'Surrogate key';
COMMENT ON COLUMN mapping_file.invitation_id IS 'The invitation (round and municipality) that attached it';
COMMENT ON COLUMN mapping_file.question_id IS 'The question the document belongs to, e.g. q3';
COMMENT ON COLUMN mapping_file.filename IS 'The file name as uploaded';
COMMENT ON COLUMN mapping_file.content_type IS 'PDF, DOCX, ODT, XLSX or plain text';
COMMENT ON COLUMN mapping_file.content IS 'The file itself';
COMMENT ON COLUMN mapping_file.uploaded_at IS 'When it was uploaded';
