package se.trygghetsnav.incident;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsnav.analysis.HexGrid;

/**
 * Gives reports stored before cells existed (or by a program writing to the table directly) their
 * H3 cell, in batches, once at start-up. New reports get theirs when they are filed.
 */
@Component
class ReportCellBackfill {

    private static final Logger log = LoggerFactory.getLogger(ReportCellBackfill.class);
    private static final int BATCH = 5000;

    private final JdbcClient jdbc;

    ReportCellBackfill(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public int fillMissingCells() {
        int filled = 0;
        while (true) {
            record Point(long id, double latitude, double longitude) {}
            List<Point> points = jdbc.sql("""
                            SELECT id, latitude, longitude FROM incident_report
                            WHERE h3_cell IS NULL AND latitude IS NOT NULL ORDER BY id LIMIT :batch
                            """)
                    .param("batch", BATCH)
                    .query(Point.class)
                    .list();
            if (points.isEmpty()) {
                break;
            }
            jdbc.sql("""
                            UPDATE incident_report r SET h3_cell = c.cell
                            FROM unnest(CAST(:ids AS bigint[]), CAST(:cells AS bigint[])) AS c (id, cell) WHERE r.id = c.id
                            """)
                    .param("ids", points.stream().map(Point::id).toArray(Long[]::new))
                    .param("cells", points.stream()
                            .map(p -> HexGrid.cell(p.latitude(), p.longitude(), HexGrid.STORED_RESOLUTION)).toArray(Long[]::new))
                    .update();
            filled += points.size();
        }
        if (filled > 0) {
            log.info("Gav {} rapporter sin H3-cell", filled);
        }
        return filled;
    }
}
