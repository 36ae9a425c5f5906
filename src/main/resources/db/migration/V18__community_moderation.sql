-- Samhällssamverkan, moderation and the link to the lägesbild: an incident report can come from a community post.
ALTER TABLE incident_report DROP CONSTRAINT incident_report_source_check;
ALTER TABLE incident_report ADD CONSTRAINT incident_report_source_check
    CHECK (source IN ('FORM', 'API', 'IMPORT', 'DEMO', 'COMMUNITY'));
COMMENT ON COLUMN incident_report.source IS 'FORM, API, IMPORT, DEMO or COMMUNITY (made by a coordinator from a community post)';

CREATE INDEX moderation_report_group_open ON moderation_report (group_id, created_at) WHERE handled_at IS NULL AND group_id IS NOT NULL;
CREATE INDEX moderation_action_group ON moderation_action (group_id, created_at DESC) WHERE group_id IS NOT NULL;
CREATE INDEX community_post_badge ON community_post (badge_organisation_id, created_at DESC) WHERE badge_organisation_id IS NOT NULL;
CREATE INDEX community_post_organisation ON community_post (organisation_id, created_at DESC) WHERE organisation_id IS NOT NULL;
