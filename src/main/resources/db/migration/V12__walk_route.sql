-- Safety walks: the route drawn on the map, the "after" photo of each observation for the six-month
-- feedback report, and an editable invitation text for safety meetings.

ALTER TABLE safety_walk ADD COLUMN route text;
COMMENT ON COLUMN safety_walk.route IS 'Planned route as a GeoJSON LineString (WGS84, 2 to 500 positions within Sweden), null when none was drawn';

ALTER TABLE walk_observation ADD COLUMN after_photo bytea;
ALTER TABLE walk_observation ADD COLUMN after_photo_content_type text;
ALTER TABLE walk_observation ADD COLUMN after_photo_at timestamptz;
COMMENT ON COLUMN walk_observation.after_photo IS 'Photo after the measure, re-encoded JPEG without metadata, for the feedback report';
COMMENT ON COLUMN walk_observation.after_photo_content_type IS 'Media type of the after photo';
COMMENT ON COLUMN walk_observation.after_photo_at IS 'When the after photo was uploaded';

ALTER TABLE safety_meeting ADD COLUMN invitation text NOT NULL DEFAULT '';
COMMENT ON COLUMN safety_meeting.invitation IS 'Invitation text for the web and social media as edited by the coordinator; empty means the generated suggestion';
