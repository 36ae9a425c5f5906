package se.trygghetsnav.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The one SELECT that reads reports with their names, and its row mapping. */
final class ReportQueries {

    static final String SELECT = """
            SELECT r.id, r.municipality_code, r.category_id, c.name AS category_name, r.reporter_id,
                   u.display_name AS reporter_name, r.organisation_id, o.name AS organisation_name, r.occurred_from,
                   r.occurred_to, r.latitude, r.longitude, r.place, r.area_id, a.name AS area_name, r.description,
                   r.people_involved, r.reported_to_police, r.source, p.report_id IS NOT NULL AS has_photo, r.created_at
            FROM incident_report r
            JOIN incident_category c ON c.id = r.category_id
            LEFT JOIN app_user u ON u.id = r.reporter_id
            LEFT JOIN organisation o ON o.id = r.organisation_id
            LEFT JOIN area a ON a.id = r.area_id
            LEFT JOIN incident_photo p ON p.report_id = r.id
            """;

    private ReportQueries() {}

    static IncidentReport map(ResultSet rs, int row) throws SQLException {
        return new IncidentReport(rs.getLong("id"), rs.getString("municipality_code"), rs.getLong("category_id"),
                rs.getString("category_name"), (Long) rs.getObject("reporter_id"), rs.getString("reporter_name"),
                (Long) rs.getObject("organisation_id"), rs.getString("organisation_name"),
                swedish(rs.getObject("occurred_from", OffsetDateTime.class)), swedish(rs.getObject("occurred_to", OffsetDateTime.class)),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("place"),
                (Long) rs.getObject("area_id"), rs.getString("area_name"), rs.getString("description"),
                (Integer) rs.getObject("people_involved"), PoliceReport.valueOf(rs.getString("reported_to_police")),
                rs.getString("source"), rs.getBoolean("has_photo"), swedish(rs.getObject("created_at", OffsetDateTime.class)));
    }

    /** Times are shown and exported in Swedish time, with its offset. */
    private static OffsetDateTime swedish(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(IncidentService.SWEDEN).toOffsetDateTime();
    }
}
