-- H3 hexagon cells for the hot spot analysis: each report with a point gets its cell at
-- resolution 10 when stored; coarser resolutions are derived from it.

ALTER TABLE incident_report ADD COLUMN h3_cell bigint;
COMMENT ON COLUMN incident_report.h3_cell IS 'Uber H3 cell (resolution 10) of the point; null without a point. Filled on insert, older rows by a start-up backfill';
CREATE INDEX incident_report_cell ON incident_report (municipality_code, occurred_from) INCLUDE (h3_cell, category_id) WHERE h3_cell IS NOT NULL;
