package se.trygghetsnav.community;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsnav.platform.events.IncidentReportFiled;

/** Stores on the post which incident report was made from it, so its page says "Rapporterad till lägesbilden". */
@Component
class TipReplyListener {

    private final JdbcClient jdbc;

    TipReplyListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void filed(IncidentReportFiled filed) {
        jdbc.sql("UPDATE community_post SET incident_report_id = :r WHERE id = :p AND municipality_code = :m")
                .param("r", filed.reportId()).param("p", filed.postId()).param("m", filed.municipalityCode()).update();
    }
}
