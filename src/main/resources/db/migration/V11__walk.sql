-- Safety walks (trygghetsvandringar): planning, observations on a phone, follow-up dates.

CREATE TABLE safety_walk (
    id                          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code           char(4)      NOT NULL REFERENCES municipality (code),
    locality_id                 bigint       NOT NULL REFERENCES locality (id) ON DELETE RESTRICT,
    walk_date                   date         NOT NULL,
    start_time                  time         NOT NULL,
    meeting_point               text         NOT NULL DEFAULT '',
    invited_organisations       text         NOT NULL DEFAULT '',
    invitation                  text         NOT NULL DEFAULT '',
    participant_organisations   text         NOT NULL DEFAULT '',
    resident_count              integer      CHECK (resident_count IS NULL OR resident_count >= 0),
    completed_at                timestamptz,
    follow_up_meeting_date      date,
    follow_up_meeting_done      boolean      NOT NULL DEFAULT false,
    feedback_date               date,
    feedback_done               boolean      NOT NULL DEFAULT false,
    meeting_reminder_sent_at    timestamptz,
    feedback_reminder_sent_at   timestamptz,
    created_at                  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX safety_walk_municipality ON safety_walk (municipality_code, walk_date);
COMMENT ON TABLE safety_walk IS 'A safety walk (trygghetsvandring) in a locality, with its follow-up dates';
COMMENT ON COLUMN safety_walk.id IS 'Internal id';
COMMENT ON COLUMN safety_walk.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN safety_walk.locality_id IS 'The locality (ort) walked';
COMMENT ON COLUMN safety_walk.walk_date IS 'Date of the walk';
COMMENT ON COLUMN safety_walk.start_time IS 'Start time, Swedish local time';
COMMENT ON COLUMN safety_walk.meeting_point IS 'Where participants meet';
COMMENT ON COLUMN safety_walk.invited_organisations IS 'Invited organisations, free text';
COMMENT ON COLUMN safety_walk.invitation IS 'Invitation text for the web and social media';
COMMENT ON COLUMN safety_walk.participant_organisations IS 'Organisations that took part, free text';
COMMENT ON COLUMN safety_walk.resident_count IS 'Number of residents who took part';
COMMENT ON COLUMN safety_walk.completed_at IS 'When the walk was marked completed';
COMMENT ON COLUMN safety_walk.follow_up_meeting_date IS 'Proposed follow-up safety meeting, within a month of the walk';
COMMENT ON COLUMN safety_walk.follow_up_meeting_done IS 'Whether the follow-up meeting has been held';
COMMENT ON COLUMN safety_walk.feedback_date IS 'Feedback to the locality, six months after the walk';
COMMENT ON COLUMN safety_walk.feedback_done IS 'Whether the feedback has been given';
COMMENT ON COLUMN safety_walk.meeting_reminder_sent_at IS 'When coordinators were reminded of the overdue follow-up meeting';
COMMENT ON COLUMN safety_walk.feedback_reminder_sent_at IS 'When coordinators were reminded of the overdue feedback';
COMMENT ON COLUMN safety_walk.created_at IS 'When the walk was planned';

CREATE TABLE walk_observation (
    id                  bigint            GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    walk_id             bigint            NOT NULL REFERENCES safety_walk (id) ON DELETE CASCADE,
    municipality_code   char(4)           NOT NULL REFERENCES municipality (code),
    category            text              NOT NULL CHECK (category IN ('LIGHTING', 'VEGETATION', 'GRAFFITI', 'LITTER',
                                                                      'VANDALISM', 'TRAFFIC', 'DESERTED', 'OTHER')),
    latitude            double precision  CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude           double precision  CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    seen                text              NOT NULL,
    improvement         text              NOT NULL DEFAULT '',
    who_should_act      text              NOT NULL DEFAULT '',
    photo               bytea,
    photo_content_type  text,
    measure_id          bigint            REFERENCES measure (id) ON DELETE SET NULL,
    created_at          timestamptz       NOT NULL DEFAULT now()
);
CREATE INDEX walk_observation_walk ON walk_observation (walk_id);
COMMENT ON TABLE walk_observation IS 'An unsafe place observed on a safety walk';
COMMENT ON COLUMN walk_observation.id IS 'Internal id';
COMMENT ON COLUMN walk_observation.walk_id IS 'The walk';
COMMENT ON COLUMN walk_observation.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN walk_observation.category IS 'LIGHTING, VEGETATION, GRAFFITI, LITTER, VANDALISM, TRAFFIC, DESERTED or OTHER';
COMMENT ON COLUMN walk_observation.latitude IS 'Position, WGS84 latitude';
COMMENT ON COLUMN walk_observation.longitude IS 'Position, WGS84 longitude';
COMMENT ON COLUMN walk_observation.seen IS 'What was seen';
COMMENT ON COLUMN walk_observation.improvement IS 'Proposed improvement';
COMMENT ON COLUMN walk_observation.who_should_act IS 'Who should act';
COMMENT ON COLUMN walk_observation.photo IS 'Photo, re-encoded JPEG without metadata';
COMMENT ON COLUMN walk_observation.photo_content_type IS 'Media type of the photo';
COMMENT ON COLUMN walk_observation.measure_id IS 'The measure the observation became, if any';
COMMENT ON COLUMN walk_observation.created_at IS 'When it was recorded';

-- Safety meetings (trygghetsmöten): open meetings in a locality, often the follow-up of a walk.
CREATE TABLE safety_meeting (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    locality_id        bigint       NOT NULL REFERENCES locality (id) ON DELETE RESTRICT,
    walk_id            bigint       REFERENCES safety_walk (id) ON DELETE SET NULL,
    meeting_date       date         NOT NULL,
    start_time         time         NOT NULL DEFAULT '18:00',
    end_time           time         NOT NULL DEFAULT '20:00',
    theme              text         NOT NULL DEFAULT '',
    place              text         NOT NULL DEFAULT '',
    agenda             text         NOT NULL DEFAULT '',
    invited_experts    text         NOT NULL DEFAULT '',
    notes              text         NOT NULL DEFAULT '',
    questions          text         NOT NULL DEFAULT '',
    created_at         timestamptz  NOT NULL DEFAULT now(),
    CHECK (end_time > start_time)
);
CREATE INDEX safety_meeting_municipality ON safety_meeting (municipality_code, meeting_date);
COMMENT ON TABLE safety_meeting IS 'An open safety meeting (trygghetsmöte) in a locality, with a public page and calendar file';
COMMENT ON COLUMN safety_meeting.id IS 'Internal id';
COMMENT ON COLUMN safety_meeting.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN safety_meeting.locality_id IS 'The locality (ort) the meeting is held in';
COMMENT ON COLUMN safety_meeting.walk_id IS 'The safety walk the meeting follows up, if any';
COMMENT ON COLUMN safety_meeting.meeting_date IS 'Date of the meeting';
COMMENT ON COLUMN safety_meeting.start_time IS 'Start, Swedish local time';
COMMENT ON COLUMN safety_meeting.end_time IS 'End, Swedish local time';
COMMENT ON COLUMN safety_meeting.theme IS 'The theme the locality asked for';
COMMENT ON COLUMN safety_meeting.place IS 'Where the meeting is held';
COMMENT ON COLUMN safety_meeting.agenda IS 'Agenda, one item a line (public)';
COMMENT ON COLUMN safety_meeting.invited_experts IS 'Invited experts and speakers (public)';
COMMENT ON COLUMN safety_meeting.notes IS 'Internal notes from the meeting';
COMMENT ON COLUMN safety_meeting.questions IS 'Questions raised and answers given (public)';
COMMENT ON COLUMN safety_meeting.created_at IS 'When the meeting was planned';

-- Working groups (e.g. BRÅ Unga, BRÅ Trafik) that meet a few times a year and report to the coordinator.
CREATE TABLE working_group (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    name               text         NOT NULL,
    purpose            text         NOT NULL DEFAULT '',
    members            text         NOT NULL DEFAULT '',
    meetings_per_year  integer      NOT NULL DEFAULT 2 CHECK (meetings_per_year BETWEEN 1 AND 12),
    created_at         timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (municipality_code, name)
);
COMMENT ON TABLE working_group IS 'A working group of the local crime prevention council, e.g. BRÅ Unga';
COMMENT ON COLUMN working_group.id IS 'Internal id';
COMMENT ON COLUMN working_group.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN working_group.name IS 'Name, e.g. BRÅ Trafik';
COMMENT ON COLUMN working_group.purpose IS 'What the group is for';
COMMENT ON COLUMN working_group.members IS 'Members by function and organisation, one a line';
COMMENT ON COLUMN working_group.meetings_per_year IS 'Meeting cadence: meetings a year';
COMMENT ON COLUMN working_group.created_at IS 'When the group was added';

CREATE TABLE working_group_meeting (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id           bigint       NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    meeting_date       date         NOT NULL,
    minutes            text         NOT NULL DEFAULT '',
    decisions          text         NOT NULL DEFAULT '',
    to_coordinator     text         NOT NULL DEFAULT '',
    created_at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX working_group_meeting_group ON working_group_meeting (group_id, meeting_date);
COMMENT ON TABLE working_group_meeting IS 'A meeting of a working group with its minutes';
COMMENT ON COLUMN working_group_meeting.id IS 'Internal id';
COMMENT ON COLUMN working_group_meeting.group_id IS 'The working group';
COMMENT ON COLUMN working_group_meeting.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN working_group_meeting.meeting_date IS 'Date of the meeting';
COMMENT ON COLUMN working_group_meeting.minutes IS 'Minutes';
COMMENT ON COLUMN working_group_meeting.decisions IS 'Decisions taken';
COMMENT ON COLUMN working_group_meeting.to_coordinator IS 'Information passed to the coordinator';
COMMENT ON COLUMN working_group_meeting.created_at IS 'When it was recorded';
