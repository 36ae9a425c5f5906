-- Samhällssamverkan: residents, businesses and verified organisations warn each other on a map.

-- Platform moderators hold a platform-wide role, like the operator.
ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_role_check;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_role_check
    CHECK (role IN ('OPERATOR', 'COORDINATOR', 'REPORTER', 'ANALYST', 'MANAGER', 'MODERATOR'));

ALTER TABLE organisation DROP CONSTRAINT organisation_kind_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_kind_check
    CHECK (kind IN ('MUNICIPAL_DEPARTMENT', 'POLICE', 'HOUSING_COMPANY', 'SCHOOL', 'BUSINESS', 'ASSOCIATION',
                    'RESCUE_SERVICE', 'SECURITY_COMPANY', 'NIGHT_WALKERS', 'PROPERTY_OWNER', 'OTHER'));
ALTER TABLE organisation ADD COLUMN verified_at timestamptz;
ALTER TABLE organisation ADD COLUMN verified_by bigint REFERENCES app_user (id) ON DELETE SET NULL;
ALTER TABLE organisation ADD COLUMN public_description text NOT NULL DEFAULT '';
COMMENT ON COLUMN organisation.verified_at IS 'When the operator verified the organisation for the community platform; its staff posts carry a badge';
COMMENT ON COLUMN organisation.verified_by IS 'The operator who verified it';
COMMENT ON COLUMN organisation.public_description IS 'Text on the organisation''s public page in the community platform';

CREATE TABLE community_member (
    user_id                     bigint       PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    municipality_code           char(4)      NOT NULL REFERENCES municipality (code),
    kind                        text         NOT NULL CHECK (kind IN ('RESIDENT', 'BUSINESS', 'STAFF')),
    profile_text                text         NOT NULL DEFAULT '',
    alerts_paused               boolean      NOT NULL DEFAULT false,
    daily_digest                boolean      NOT NULL DEFAULT false,
    banned_at                   timestamptz,
    banned_reason               text,
    warnings                    integer      NOT NULL DEFAULT 0,
    created_at                  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX community_member_municipality ON community_member (municipality_code);
COMMENT ON TABLE community_member IS 'A person on the community platform: resident, business or staff of an organisation';
COMMENT ON COLUMN community_member.user_id IS 'The account';
COMMENT ON COLUMN community_member.municipality_code IS 'Home municipality; its community is the one the member takes part in (tenant)';
COMMENT ON COLUMN community_member.kind IS 'RESIDENT, BUSINESS or STAFF of an organisation';
COMMENT ON COLUMN community_member.profile_text IS 'Optional profile text written by the member';
COMMENT ON COLUMN community_member.alerts_paused IS 'True while the member has paused alerts';
COMMENT ON COLUMN community_member.daily_digest IS 'True when the member takes a daily digest instead of live alerts';
COMMENT ON COLUMN community_member.banned_at IS 'When a moderator banned the member from the platform';
COMMENT ON COLUMN community_member.banned_reason IS 'Why the member was banned';
COMMENT ON COLUMN community_member.warnings IS 'Number of warnings from moderators';
COMMENT ON COLUMN community_member.created_at IS 'When the member signed up';

CREATE TABLE community_consent (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind          text         NOT NULL CHECK (kind IN ('CODE_OF_CONDUCT', 'PUSH', 'POSITION')),
    version       text         NOT NULL,
    given_at      timestamptz  NOT NULL DEFAULT now(),
    withdrawn_at  timestamptz
);
CREATE INDEX community_consent_user ON community_consent (user_id, kind);
COMMENT ON TABLE community_consent IS 'Consents a member gave: the code of conduct (with its version), push alerts, sharing position';
COMMENT ON COLUMN community_consent.id IS 'Internal id';
COMMENT ON COLUMN community_consent.user_id IS 'Who consented';
COMMENT ON COLUMN community_consent.kind IS 'CODE_OF_CONDUCT, PUSH or POSITION';
COMMENT ON COLUMN community_consent.version IS 'Version of the text consented to, e.g. 2026-11';
COMMENT ON COLUMN community_consent.given_at IS 'When consent was given';
COMMENT ON COLUMN community_consent.withdrawn_at IS 'When consent was withdrawn; null while it holds';

CREATE TABLE community_group (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    name               text         NOT NULL,
    description        text         NOT NULL DEFAULT '',
    locked             boolean      NOT NULL DEFAULT false,
    created_by         bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    created_at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX community_group_municipality ON community_group (municipality_code);
COMMENT ON TABLE community_group IS 'A community group (samverkansgrupp), open or locked';
COMMENT ON COLUMN community_group.id IS 'Internal id';
COMMENT ON COLUMN community_group.municipality_code IS 'Municipality whose community the group belongs to (tenant)';
COMMENT ON COLUMN community_group.name IS 'Name, e.g. Grannsamverkan Centrum';
COMMENT ON COLUMN community_group.description IS 'What the group is for';
COMMENT ON COLUMN community_group.locked IS 'True when joining needs an admin''s approval';
COMMENT ON COLUMN community_group.created_by IS 'The creator, its first admin; null after the account was deleted';
COMMENT ON COLUMN community_group.created_at IS 'When the group was created';

CREATE TABLE community_group_member (
    group_id     bigint       NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
    user_id      bigint       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    status       text         NOT NULL CHECK (status IN ('MEMBER', 'PENDING', 'BANNED')),
    admin        boolean      NOT NULL DEFAULT false,
    muted        boolean      NOT NULL DEFAULT false,
    joined_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX community_group_member_user ON community_group_member (user_id);
COMMENT ON TABLE community_group_member IS 'Membership of a group, a pending join request, or a ban from it';
COMMENT ON COLUMN community_group_member.group_id IS 'The group';
COMMENT ON COLUMN community_group_member.user_id IS 'The member';
COMMENT ON COLUMN community_group_member.status IS 'MEMBER, PENDING (asked to join a locked group) or BANNED';
COMMENT ON COLUMN community_group_member.admin IS 'True for the group''s admins';
COMMENT ON COLUMN community_group_member.muted IS 'True when the member muted the group''s alerts';
COMMENT ON COLUMN community_group_member.joined_at IS 'When the member joined or asked to';

CREATE TABLE community_post (
    id                  bigint            GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code   char(4)           NOT NULL REFERENCES municipality (code),
    author_id           bigint            REFERENCES app_user (id) ON DELETE SET NULL,
    author_name         text              NOT NULL,
    badge_organisation_id bigint          REFERENCES organisation (id) ON DELETE SET NULL,
    badge_role          text,
    visibility          text              NOT NULL CHECK (visibility IN ('PUBLIC', 'GROUP', 'ORGANISATION')),
    group_id            bigint            REFERENCES community_group (id) ON DELETE CASCADE,
    organisation_id     bigint            REFERENCES organisation (id) ON DELETE CASCADE,
    priority            text              NOT NULL CHECK (priority IN ('GREEN', 'YELLOW', 'RED')),
    body                text              NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    latitude            double precision  NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude           double precision  NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    exact_position      boolean           NOT NULL,
    hidden_at           timestamptz,
    removed_at          timestamptz,
    incident_report_id  bigint,
    created_at          timestamptz       NOT NULL DEFAULT now(),
    CHECK ((visibility = 'GROUP') = (group_id IS NOT NULL)),
    CHECK ((visibility = 'ORGANISATION') = (organisation_id IS NOT NULL))
);
CREATE INDEX community_post_municipality ON community_post (municipality_code, created_at DESC);
CREATE INDEX community_post_group ON community_post (group_id, created_at DESC) WHERE group_id IS NOT NULL;
CREATE INDEX community_post_author ON community_post (author_id);
COMMENT ON TABLE community_post IS 'A post on the map (inlägg) with a priority';
COMMENT ON COLUMN community_post.id IS 'Internal id';
COMMENT ON COLUMN community_post.municipality_code IS 'Municipality whose community the post belongs to (tenant)';
COMMENT ON COLUMN community_post.author_id IS 'The author; null once the account is deleted and the post kept as Borttagen användare';
COMMENT ON COLUMN community_post.author_name IS 'Display name at the time of posting; Borttagen användare after deletion';
COMMENT ON COLUMN community_post.badge_organisation_id IS 'Verified organisation the author posted for; shown as a badge';
COMMENT ON COLUMN community_post.badge_role IS 'The author''s role in that organisation, shown with the badge';
COMMENT ON COLUMN community_post.visibility IS 'PUBLIC (everyone, public map), GROUP (members only) or ORGANISATION (a direct message to a verified organisation)';
COMMENT ON COLUMN community_post.group_id IS 'The group, for GROUP posts';
COMMENT ON COLUMN community_post.organisation_id IS 'The addressed organisation, for ORGANISATION posts';
COMMENT ON COLUMN community_post.priority IS 'GREEN information, YELLOW warning, RED urgent';
COMMENT ON COLUMN community_post.body IS 'What happened, at most 2,000 characters';
COMMENT ON COLUMN community_post.latitude IS 'WGS84 latitude as stored: exact, or rounded to about 200 m when the author chose approximate';
COMMENT ON COLUMN community_post.longitude IS 'WGS84 longitude as stored: exact, or rounded to about 200 m';
COMMENT ON COLUMN community_post.exact_position IS 'True when the author chose to show the exact position';
COMMENT ON COLUMN community_post.hidden_at IS 'When a moderator hid the post';
COMMENT ON COLUMN community_post.removed_at IS 'When the post was removed by a moderator or its author';
COMMENT ON COLUMN community_post.incident_report_id IS 'Incident report of the lägesbild made from this post, if any';
COMMENT ON COLUMN community_post.created_at IS 'When it was posted';

CREATE TABLE community_photo (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id       bigint       REFERENCES community_post (id) ON DELETE CASCADE,
    chat_message_id bigint,
    content_type  text         NOT NULL,
    bytes         bytea        NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX community_photo_post ON community_photo (post_id);
CREATE INDEX community_photo_chat ON community_photo (chat_message_id);
COMMENT ON TABLE community_photo IS 'A photo with a post or chat message, re-encoded without EXIF or GPS';
COMMENT ON COLUMN community_photo.id IS 'Internal id';
COMMENT ON COLUMN community_photo.post_id IS 'The post, if a post photo';
COMMENT ON COLUMN community_photo.chat_message_id IS 'The chat message, if a chat photo';
COMMENT ON COLUMN community_photo.content_type IS 'MIME type of the re-encoded image';
COMMENT ON COLUMN community_photo.bytes IS 'The re-encoded image';
COMMENT ON COLUMN community_photo.created_at IS 'When it was uploaded';

CREATE TABLE community_comment (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id      bigint       NOT NULL REFERENCES community_post (id) ON DELETE CASCADE,
    author_id    bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    author_name  text         NOT NULL,
    body         text         NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    hidden_at    timestamptz,
    removed_at   timestamptz,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX community_comment_post ON community_comment (post_id, created_at);
CREATE INDEX community_comment_author ON community_comment (author_id);
COMMENT ON TABLE community_comment IS 'A comment on a post';
COMMENT ON COLUMN community_comment.id IS 'Internal id';
COMMENT ON COLUMN community_comment.post_id IS 'The post';
COMMENT ON COLUMN community_comment.author_id IS 'The author; null once the account is deleted';
COMMENT ON COLUMN community_comment.author_name IS 'Display name at the time; Borttagen användare after deletion';
COMMENT ON COLUMN community_comment.body IS 'The comment';
COMMENT ON COLUMN community_comment.hidden_at IS 'When a moderator hid it';
COMMENT ON COLUMN community_comment.removed_at IS 'When it was removed';
COMMENT ON COLUMN community_comment.created_at IS 'When it was written';

CREATE TABLE community_chat_message (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id     bigint       NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
    author_id    bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    author_name  text         NOT NULL,
    body         text         NOT NULL DEFAULT '' CHECK (length(body) <= 2000),
    hidden_at    timestamptz,
    removed_at   timestamptz,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX community_chat_message_group ON community_chat_message (group_id, created_at);
CREATE INDEX community_chat_message_author ON community_chat_message (author_id);
ALTER TABLE community_photo ADD FOREIGN KEY (chat_message_id) REFERENCES community_chat_message (id) ON DELETE CASCADE;
COMMENT ON TABLE community_chat_message IS 'A message in a group''s chat, text and optionally a photo';
COMMENT ON COLUMN community_chat_message.id IS 'Internal id';
COMMENT ON COLUMN community_chat_message.group_id IS 'The group';
COMMENT ON COLUMN community_chat_message.author_id IS 'The author; null once the account is deleted';
COMMENT ON COLUMN community_chat_message.author_name IS 'Display name at the time; Borttagen användare after deletion';
COMMENT ON COLUMN community_chat_message.body IS 'The message text';
COMMENT ON COLUMN community_chat_message.hidden_at IS 'When a moderator or group admin hid it';
COMMENT ON COLUMN community_chat_message.removed_at IS 'When it was removed';
COMMENT ON COLUMN community_chat_message.created_at IS 'When it was sent';

CREATE TABLE alert_zone (
    id         bigint            GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint            NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name       text              NOT NULL,
    latitude   double precision  NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  double precision  NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    radius_m   integer           NOT NULL CHECK (radius_m BETWEEN 100 AND 5000),
    created_at timestamptz       NOT NULL DEFAULT now()
);
CREATE INDEX alert_zone_user ON alert_zone (user_id);
COMMENT ON TABLE alert_zone IS 'Where a member wants alerts (bevakningsområde): a point and a radius, e.g. home or shop';
COMMENT ON COLUMN alert_zone.id IS 'Internal id';
COMMENT ON COLUMN alert_zone.user_id IS 'The member';
COMMENT ON COLUMN alert_zone.name IS 'Name given by the member, e.g. Hemma';
COMMENT ON COLUMN alert_zone.latitude IS 'WGS84 latitude of the centre';
COMMENT ON COLUMN alert_zone.longitude IS 'WGS84 longitude of the centre';
COMMENT ON COLUMN alert_zone.radius_m IS 'Radius in metres, 100 to 5000';
COMMENT ON COLUMN alert_zone.created_at IS 'When the zone was set';

CREATE TABLE shared_position (
    user_id     bigint            PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    latitude    double precision  NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude   double precision  NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    radius_m    integer           NOT NULL CHECK (radius_m BETWEEN 100 AND 5000),
    shared_at   timestamptz       NOT NULL DEFAULT now(),
    expires_at  timestamptz       NOT NULL
);
CREATE INDEX shared_position_expires ON shared_position (expires_at);
COMMENT ON TABLE shared_position IS 'A member''s current position, shared for alerts only; never shown, deleted after at most 24 hours';
COMMENT ON COLUMN shared_position.user_id IS 'The member';
COMMENT ON COLUMN shared_position.latitude IS 'WGS84 latitude';
COMMENT ON COLUMN shared_position.longitude IS 'WGS84 longitude';
COMMENT ON COLUMN shared_position.radius_m IS 'Alert radius around the position in metres';
COMMENT ON COLUMN shared_position.shared_at IS 'When the position was shared';
COMMENT ON COLUMN shared_position.expires_at IS 'When it is deleted, at most 24 hours after sharing';

CREATE TABLE community_alert (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    post_id       bigint       NOT NULL REFERENCES community_post (id) ON DELETE CASCADE,
    reason        text         NOT NULL CHECK (reason IN ('ZONE', 'POSITION', 'GROUP')),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    read_at       timestamptz,
    digested_at   timestamptz,
    UNIQUE (user_id, post_id)
);
CREATE INDEX community_alert_user ON community_alert (user_id, created_at DESC);
COMMENT ON TABLE community_alert IS 'An alert to a member about a YELLOW or RED post: the notification list';
COMMENT ON COLUMN community_alert.id IS 'Internal id';
COMMENT ON COLUMN community_alert.user_id IS 'The member alerted';
COMMENT ON COLUMN community_alert.post_id IS 'The post';
COMMENT ON COLUMN community_alert.reason IS 'ZONE, POSITION or GROUP: why the member was alerted';
COMMENT ON COLUMN community_alert.created_at IS 'When the alert was made';
COMMENT ON COLUMN community_alert.read_at IS 'When the member read it';
COMMENT ON COLUMN community_alert.digested_at IS 'When it was sent in a daily digest e-mail';

CREATE TABLE push_subscription (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    endpoint    text         NOT NULL UNIQUE,
    p256dh      text         NOT NULL,
    auth        text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX push_subscription_user ON push_subscription (user_id);
COMMENT ON TABLE push_subscription IS 'A browser''s Web Push subscription (VAPID) for a member';
COMMENT ON COLUMN push_subscription.id IS 'Internal id';
COMMENT ON COLUMN push_subscription.user_id IS 'The member';
COMMENT ON COLUMN push_subscription.endpoint IS 'Push service URL of the browser';
COMMENT ON COLUMN push_subscription.p256dh IS 'The browser''s public key (base64url)';
COMMENT ON COLUMN push_subscription.auth IS 'The browser''s authentication secret (base64url)';
COMMENT ON COLUMN push_subscription.created_at IS 'When the browser subscribed';

CREATE TABLE moderation_report (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code char(4)     NOT NULL REFERENCES municipality (code),
    reporter_id      bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    post_id          bigint       REFERENCES community_post (id) ON DELETE CASCADE,
    comment_id       bigint       REFERENCES community_comment (id) ON DELETE CASCADE,
    chat_message_id  bigint       REFERENCES community_chat_message (id) ON DELETE CASCADE,
    group_id         bigint       REFERENCES community_group (id) ON DELETE CASCADE,
    reason           text         NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    handled_at       timestamptz,
    handled_by       bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    outcome          text,
    CHECK (num_nonnulls(post_id, comment_id, chat_message_id) = 1)
);
CREATE INDEX moderation_report_open ON moderation_report (municipality_code, created_at) WHERE handled_at IS NULL;
COMMENT ON TABLE moderation_report IS 'A report (anmälan) that a post, comment or chat message breaks the code of conduct';
COMMENT ON COLUMN moderation_report.id IS 'Internal id';
COMMENT ON COLUMN moderation_report.municipality_code IS 'Municipality of the reported content (tenant)';
COMMENT ON COLUMN moderation_report.reporter_id IS 'Who reported; told the outcome';
COMMENT ON COLUMN moderation_report.post_id IS 'The reported post';
COMMENT ON COLUMN moderation_report.comment_id IS 'The reported comment';
COMMENT ON COLUMN moderation_report.chat_message_id IS 'The reported chat message';
COMMENT ON COLUMN moderation_report.group_id IS 'The group of the content; its admins handle the report. Null for public content, handled by moderators';
COMMENT ON COLUMN moderation_report.reason IS 'Why it breaks the code of conduct';
COMMENT ON COLUMN moderation_report.created_at IS 'When it was reported';
COMMENT ON COLUMN moderation_report.handled_at IS 'When a moderator or group admin handled it';
COMMENT ON COLUMN moderation_report.handled_by IS 'Who handled it';
COMMENT ON COLUMN moderation_report.outcome IS 'The outcome told to the reporter';

CREATE TABLE moderation_action (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code char(4)     NOT NULL REFERENCES municipality (code),
    moderator_id     bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    moderator_name   text         NOT NULL,
    action           text         NOT NULL CHECK (action IN ('HIDE', 'REMOVE', 'RESTORE', 'WARN', 'BAN_GROUP', 'BAN_PLATFORM', 'DISMISS')),
    target_user_id   bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    post_id          bigint       REFERENCES community_post (id) ON DELETE SET NULL,
    comment_id       bigint       REFERENCES community_comment (id) ON DELETE SET NULL,
    chat_message_id  bigint       REFERENCES community_chat_message (id) ON DELETE SET NULL,
    group_id         bigint       REFERENCES community_group (id) ON DELETE SET NULL,
    report_id        bigint       REFERENCES moderation_report (id) ON DELETE SET NULL,
    reason           text         NOT NULL CHECK (length(reason) >= 1),
    created_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX moderation_action_municipality ON moderation_action (municipality_code, created_at DESC);
COMMENT ON TABLE moderation_action IS 'The log of moderation: who did what, to what, and why';
COMMENT ON COLUMN moderation_action.id IS 'Internal id';
COMMENT ON COLUMN moderation_action.municipality_code IS 'Municipality of the content (tenant)';
COMMENT ON COLUMN moderation_action.moderator_id IS 'The moderator or group admin who acted';
COMMENT ON COLUMN moderation_action.moderator_name IS 'Their name at the time';
COMMENT ON COLUMN moderation_action.action IS 'HIDE, REMOVE, RESTORE, WARN, BAN_GROUP, BAN_PLATFORM or DISMISS';
COMMENT ON COLUMN moderation_action.target_user_id IS 'The member warned or banned, or the author of the content';
COMMENT ON COLUMN moderation_action.post_id IS 'The post acted on';
COMMENT ON COLUMN moderation_action.comment_id IS 'The comment acted on';
COMMENT ON COLUMN moderation_action.chat_message_id IS 'The chat message acted on';
COMMENT ON COLUMN moderation_action.group_id IS 'The group, for group content and group bans';
COMMENT ON COLUMN moderation_action.report_id IS 'The report that led to the action';
COMMENT ON COLUMN moderation_action.reason IS 'Why';
COMMENT ON COLUMN moderation_action.created_at IS 'When';

CREATE TABLE community_survey_answer (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  char(4)      NOT NULL REFERENCES municipality (code),
    user_id            bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    felt_safety        smallint     NOT NULL CHECK (felt_safety BETWEEN 1 AND 5),
    recommend          smallint     NOT NULL CHECK (recommend BETWEEN 1 AND 10),
    information_effect text         CHECK (information_effect IN ('SAFER', 'UNCHANGED', 'LESS_SAFE')),
    answered_on        date         NOT NULL
);
CREATE INDEX community_survey_answer_municipality ON community_survey_answer (municipality_code, answered_on);
CREATE UNIQUE INDEX community_survey_answer_once ON community_survey_answer (user_id, answered_on) WHERE user_id IS NOT NULL;
COMMENT ON TABLE community_survey_answer IS 'A member''s answer to the member survey on felt safety and recommending the service';
COMMENT ON COLUMN community_survey_answer.id IS 'Internal id';
COMMENT ON COLUMN community_survey_answer.municipality_code IS 'The member''s municipality (tenant)';
COMMENT ON COLUMN community_survey_answer.user_id IS 'Who answered, so a member answers once a day; null after the account is deleted';
COMMENT ON COLUMN community_survey_answer.felt_safety IS 'På en skala 1 till 5 hur trygg känner du dig i ditt område?';
COMMENT ON COLUMN community_survey_answer.recommend IS 'Hur sannolikt är det att du rekommenderar tjänsten, 1 to 10';
COMMENT ON COLUMN community_survey_answer.information_effect IS 'Whether the information made the member feel safer, unchanged or less safe';
COMMENT ON COLUMN community_survey_answer.answered_on IS 'Date answered';
