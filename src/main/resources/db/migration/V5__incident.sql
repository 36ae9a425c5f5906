-- EST incident reports (händelserapporter) and their categories, editable per municipality.

CREATE TABLE incident_category (
    id                 bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  char(4)  NOT NULL REFERENCES municipality (code),
    code               text     NOT NULL,
    name               text     NOT NULL,
    active             boolean  NOT NULL DEFAULT true,
    sort_order         integer  NOT NULL DEFAULT 0,
    UNIQUE (municipality_code, code)
);
COMMENT ON TABLE incident_category IS 'Report categories of a municipality (EST practice), editable per municipality';
COMMENT ON COLUMN incident_category.id IS 'Internal id';
COMMENT ON COLUMN incident_category.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN incident_category.code IS 'Stable code, e.g. VANDALISM';
COMMENT ON COLUMN incident_category.name IS 'Name shown to people, e.g. Skadegörelse';
COMMENT ON COLUMN incident_category.active IS 'False when no longer offered for new reports';
COMMENT ON COLUMN incident_category.sort_order IS 'Order in lists';

INSERT INTO incident_category (municipality_code, code, name, sort_order)
SELECT m.code, c.code, c.name, c.sort_order
FROM municipality m CROSS JOIN (VALUES
    ('VANDALISM', 'Skadegörelse', 10),
    ('GRAFFITI', 'Klotter', 20),
    ('LITTERING', 'Nedskräpning', 30),
    ('ARSON', 'Anlagd brand', 40),
    ('THEFT', 'Stöld/inbrott', 50),
    ('THREAT_VIOLENCE', 'Hot och våld', 60),
    ('DRUGS', 'Narkotika', 70),
    ('YOUTH_GATHERING', 'Ungdomar som samlas/stör', 80),
    ('PUBLIC_DISORDER', 'Ordningsstörning', 90),
    ('TRAFFIC', 'Trafik (buskörning)', 100),
    ('UNSAFE_ENVIRONMENT', 'Otrygg miljö (belysning, vegetation)', 110),
    ('SOCIAL_UNREST', 'Social oro', 120),
    ('OTHER', 'Övrigt', 130)
) AS c (code, name, sort_order);

CREATE TABLE incident_report (
    id                  bigint            GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code   char(4)           NOT NULL REFERENCES municipality (code),
    category_id         bigint            NOT NULL REFERENCES incident_category (id),
    reporter_id         bigint            REFERENCES app_user (id) ON DELETE SET NULL,
    organisation_id     bigint            REFERENCES organisation (id) ON DELETE SET NULL,
    occurred_from       timestamptz       NOT NULL,
    occurred_to         timestamptz,
    latitude            double precision  CHECK (latitude BETWEEN -90 AND 90),
    longitude           double precision  CHECK (longitude BETWEEN -180 AND 180),
    place               text,
    area_id             bigint            REFERENCES area (id) ON DELETE SET NULL,
    description         text              NOT NULL DEFAULT '',
    people_involved     integer           CHECK (people_involved >= 0),
    reported_to_police  text              NOT NULL DEFAULT 'DONT_KNOW' CHECK (reported_to_police IN ('YES', 'NO', 'DONT_KNOW')),
    source              text              NOT NULL DEFAULT 'FORM' CHECK (source IN ('FORM', 'API', 'IMPORT', 'DEMO')),
    created_at          timestamptz       NOT NULL DEFAULT now(),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (occurred_to IS NULL OR occurred_to >= occurred_from)
);
CREATE INDEX incident_report_time ON incident_report (municipality_code, occurred_from);
CREATE INDEX incident_report_reporter ON incident_report (reporter_id);
CREATE INDEX incident_report_area ON incident_report (area_id, occurred_from);
COMMENT ON TABLE incident_report IS 'An incident report (händelserapport): what happened, where and when';
COMMENT ON COLUMN incident_report.id IS 'Internal id';
COMMENT ON COLUMN incident_report.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN incident_report.category_id IS 'Category of the municipality';
COMMENT ON COLUMN incident_report.reporter_id IS 'Who filed it (null for imported rows or a deleted account)';
COMMENT ON COLUMN incident_report.organisation_id IS 'The organisation the reporter acted for';
COMMENT ON COLUMN incident_report.occurred_from IS 'When it happened, or the start of the time span';
COMMENT ON COLUMN incident_report.occurred_to IS 'End of the time span, if a span';
COMMENT ON COLUMN incident_report.latitude IS 'WGS84 latitude of the point, if a point was given';
COMMENT ON COLUMN incident_report.longitude IS 'WGS84 longitude of the point, if a point was given';
COMMENT ON COLUMN incident_report.place IS 'Address or place as text, if given';
COMMENT ON COLUMN incident_report.area_id IS 'The area it happened in: chosen, or found from the point';
COMMENT ON COLUMN incident_report.description IS 'What happened, without personal data';
COMMENT ON COLUMN incident_report.people_involved IS 'Number of people involved, if known';
COMMENT ON COLUMN incident_report.reported_to_police IS 'Reported to the police: YES, NO or DONT_KNOW';
COMMENT ON COLUMN incident_report.source IS 'FORM, API, IMPORT or DEMO';
COMMENT ON COLUMN incident_report.created_at IS 'When it was filed';

CREATE TABLE incident_photo (
    report_id     bigint   PRIMARY KEY REFERENCES incident_report (id) ON DELETE CASCADE,
    content_type  text     NOT NULL,
    content       bytea    NOT NULL,
    width         integer  NOT NULL,
    height        integer  NOT NULL
);
COMMENT ON TABLE incident_photo IS 'A report''s photo, re-encoded so that no metadata (EXIF, GPS) is kept';
COMMENT ON COLUMN incident_photo.report_id IS 'The report';
COMMENT ON COLUMN incident_photo.content_type IS 'image/jpeg or image/png';
COMMENT ON COLUMN incident_photo.content IS 'The re-encoded image';
COMMENT ON COLUMN incident_photo.width IS 'Width in pixels';
COMMENT ON COLUMN incident_photo.height IS 'Height in pixels';

CREATE TABLE area_assessment (
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    week_start         date         NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    area_id            bigint       NOT NULL REFERENCES area (id) ON DELETE CASCADE,
    level              text         NOT NULL CHECK (level IN ('GREEN', 'YELLOW', 'RED')),
    motivation         text         NOT NULL,
    assessed_by        bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    assessed_at        timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_code, week_start, area_id)
);
COMMENT ON TABLE area_assessment IS 'The joint analysis of a week: per area normalt (GREEN), förhöjt (YELLOW) or allvarligt (RED)';
COMMENT ON COLUMN area_assessment.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN area_assessment.week_start IS 'Monday of the ISO week';
COMMENT ON COLUMN area_assessment.area_id IS 'The area assessed';
COMMENT ON COLUMN area_assessment.level IS 'GREEN, YELLOW or RED';
COMMENT ON COLUMN area_assessment.motivation IS 'Why';
COMMENT ON COLUMN area_assessment.assessed_by IS 'Who recorded it';
COMMENT ON COLUMN area_assessment.assessed_at IS 'When';

CREATE TABLE weekly_review (
    municipality_code   char(4)      NOT NULL REFERENCES municipality (code),
    week_start          date         NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    analysis            text         NOT NULL DEFAULT '',
    sent_to_manager_at  timestamptz,
    manager_decision    text,
    decided_at          timestamptz,
    feedback            text,
    feedback_sent_at    timestamptz,
    PRIMARY KEY (municipality_code, week_start)
);
COMMENT ON TABLE weekly_review IS 'The EST cycle of one week: joint analysis, sending to the manager, decisions, feedback to reporters';
COMMENT ON COLUMN weekly_review.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN weekly_review.week_start IS 'Monday of the ISO week';
COMMENT ON COLUMN weekly_review.analysis IS 'The joint analysis in words';
COMMENT ON COLUMN weekly_review.sent_to_manager_at IS 'When the compiled picture and proposals went to the managers';
COMMENT ON COLUMN weekly_review.manager_decision IS 'What the manager decided';
COMMENT ON COLUMN weekly_review.decided_at IS 'When the decision was recorded';
COMMENT ON COLUMN weekly_review.feedback IS 'The feedback text sent to the week''s reporters';
COMMENT ON COLUMN weekly_review.feedback_sent_at IS 'When the feedback went to the reporters';

CREATE TABLE notification (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id            bigint       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    title              text         NOT NULL,
    body               text         NOT NULL,
    link               text,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    read_at            timestamptz
);
CREATE INDEX notification_user ON notification (user_id, created_at DESC);
COMMENT ON TABLE notification IS 'In-app messages to a person (feedback, pictures to decide on)';
COMMENT ON COLUMN notification.id IS 'Internal id';
COMMENT ON COLUMN notification.user_id IS 'Recipient';
COMMENT ON COLUMN notification.municipality_code IS 'Municipality it concerns (tenant)';
COMMENT ON COLUMN notification.title IS 'Short title';
COMMENT ON COLUMN notification.body IS 'The message';
COMMENT ON COLUMN notification.link IS 'Page to open, relative to the application';
COMMENT ON COLUMN notification.created_at IS 'When it was sent';
COMMENT ON COLUMN notification.read_at IS 'When the recipient opened it';
