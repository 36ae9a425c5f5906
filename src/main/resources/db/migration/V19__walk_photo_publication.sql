-- Photos from a walk may show people: they appear in the public feedback report only when the
-- coordinator has chosen to publish them.

ALTER TABLE safety_walk ADD COLUMN photos_public boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN safety_walk.photos_public IS 'True when the coordinator published the observation photos (before and after) in the public feedback report';
