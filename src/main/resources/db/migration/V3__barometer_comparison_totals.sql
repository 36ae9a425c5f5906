-- Running totals for the comparison with all respondents, kept in the same transaction as each
-- completed response, so a result never scans every response to compute averages.

CREATE TABLE barometer_section_total (
    instrument_id       text    NOT NULL,
    instrument_version  integer NOT NULL,
    section_id          text    NOT NULL,
    responses           bigint  NOT NULL CHECK (responses >= 0),
    score_sum           bigint  NOT NULL CHECK (score_sum >= 0),
    PRIMARY KEY (instrument_id, instrument_version, section_id)
);
COMMENT ON TABLE barometer_section_total IS 'Running totals of section scores over all completed responses, for averages';
COMMENT ON COLUMN barometer_section_total.instrument_id IS 'Instrument, e.g. trygghetsbarometern';
COMMENT ON COLUMN barometer_section_total.instrument_version IS 'Instrument version';
COMMENT ON COLUMN barometer_section_total.section_id IS 'Section id, e.g. s1';
COMMENT ON COLUMN barometer_section_total.responses IS 'Number of completed responses counted';
COMMENT ON COLUMN barometer_section_total.score_sum IS 'Sum of their section scores';

INSERT INTO barometer_section_total (instrument_id, instrument_version, section_id, responses, score_sum)
SELECT r.instrument_id, r.instrument_version, s.section_id, count(*), sum(s.score)
FROM barometer_section_score s JOIN barometer_response r ON r.id = s.response_id
GROUP BY r.instrument_id, r.instrument_version, s.section_id;
