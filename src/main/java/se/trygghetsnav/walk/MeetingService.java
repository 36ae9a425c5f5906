package se.trygghetsnav.walk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/** Safety meetings: planned by the coordinator, public by municipality code and id, notes afterwards. */
@Service
public class MeetingService {

    private static final String SELECT = """
            SELECT s.*, l.name AS locality_name FROM safety_meeting s JOIN locality l ON l.id = s.locality_id
            """;

    private final JdbcClient jdbc;
    private final WalkService walks;

    MeetingService(JdbcClient jdbc, WalkService walks) {
        this.jdbc = jdbc;
        this.walks = walks;
    }

    public List<Meeting> list(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return jdbc.sql(SELECT + " WHERE s.municipality_code = :m ORDER BY s.meeting_date DESC, s.id DESC")
                .param("m", actor.municipalityCode()).query(MeetingService::meeting).list();
    }

    public Meeting get(Actor actor, long id) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return find(actor.municipalityCode(), id).orElseThrow(() -> new NotFoundException("Mötet finns inte"));
    }

    /** A meeting as anyone may see it: by its municipality's code and its id. */
    public Meeting published(String municipalityCode, long id) {
        return find(municipalityCode, id).orElseThrow(() -> new NotFoundException("Mötet finns inte"));
    }

    private Optional<Meeting> find(String municipality, long id) {
        return jdbc.sql(SELECT + " WHERE s.municipality_code = :m AND s.id = :id")
                .param("m", municipality).param("id", id).query(MeetingService::meeting).optional();
    }

    /** Plans a meeting (coordinator); the locality must be the municipality's own. */
    @Transactional
    public long plan(Actor actor, long localityId, Long walkId, LocalDate date, LocalTime start, LocalTime end, String theme,
            String place, String agenda, String experts) {
        actor.require(Role.COORDINATOR);
        if (walks.localities(actor).stream().noneMatch(l -> l.id() == localityId)) {
            throw new NotFoundException("Orten finns inte");
        }
        return jdbc.sql("""
                        INSERT INTO safety_meeting (municipality_code, locality_id, walk_id, meeting_date, start_time, end_time,
                                                    theme, place, agenda, invited_experts)
                        VALUES (:m, :l, :w, :d, :s, :e, :t, :p, :a, :x) RETURNING id
                        """)
                .param("m", actor.municipalityCode()).param("l", localityId).param("w", walkId, Types.BIGINT)
                .param("d", date).param("s", start).param("e", end).param("t", WalkForm.text(theme))
                .param("p", WalkForm.text(place))
                .param("a", agenda == null || agenda.isBlank() ? Meeting.DEFAULT_AGENDA : agenda.strip())
                .param("x", WalkForm.text(experts)).query(Long.class).single();
    }

    /** The follow-up meeting of a completed walk, in its locality on the proposed date, 18.00–20.00. */
    @Transactional
    public long planFollowUp(Actor actor, long walkId) {
        Walk walk = walks.get(actor, walkId);
        LocalDate date = walk.followUpMeetingDate() != null ? walk.followUpMeetingDate()
                : FollowUpRules.followUpMeeting(walk.walkDate());
        return plan(actor, walk.localityId(), walk.id(), date, Meeting.DEFAULT_START, Meeting.DEFAULT_END,
                "Uppföljning av trygghetsvandringen", "", Meeting.DEFAULT_AGENDA, "Kommunpolisen");
    }

    /** Notes and questions with answers, written after the meeting. */
    @Transactional
    public void afterwards(Actor actor, long id, String notes, String questions) {
        actor.require(Role.COORDINATOR);
        get(actor, id);
        jdbc.sql("UPDATE safety_meeting SET notes = :n, questions = :q WHERE id = :id AND municipality_code = :m")
                .param("n", WalkForm.text(notes)).param("q", WalkForm.text(questions))
                .param("id", id).param("m", actor.municipalityCode()).update();
    }

    /** The invitation text the coordinator saved; empty when the generated suggestion is to be used. */
    public String invitation(String municipalityCode, long id) {
        return jdbc.sql("SELECT invitation FROM safety_meeting WHERE id = :id AND municipality_code = :m")
                .param("id", id).param("m", municipalityCode).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Mötet finns inte"));
    }

    /** Saves the invitation for the web and social media (empty: the generated suggestion is used). */
    @Transactional
    public void invitation(Actor actor, long id, String invitation) {
        actor.require(Role.COORDINATOR);
        get(actor, id);
        jdbc.sql("UPDATE safety_meeting SET invitation = :i WHERE id = :id AND municipality_code = :m")
                .param("i", WalkForm.text(invitation)).param("id", id).param("m", actor.municipalityCode()).update();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("municipality_code"), rs.getLong("locality_id"),
                rs.getString("locality_name"), rs.getObject("walk_id", Long.class), rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class), rs.getString("theme"),
                rs.getString("place"), rs.getString("agenda"), rs.getString("invited_experts"), rs.getString("notes"),
                rs.getString("questions"));
    }
}
