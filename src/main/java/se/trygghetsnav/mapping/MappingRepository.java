package se.trygghetsnav.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mapping's tables: rounds, invitations, answers and attached files. */
@Repository
class MappingRepository {

    private static final String INVITATION_COLUMNS = """
            i.id, i.round_id, i.municipality_code, m.name AS municipality_name, m.county_code, i.token, i.email,
            i.invited_at, i.reminded_at, i.saved_at, i.submitted_at
            """;

    private final JdbcClient jdbc;

    MappingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(String name, String instrumentId, int version, LocalDate deadline, long createdBy) {
        return jdbc.sql("""
                        INSERT INTO mapping_round (name, instrument_id, instrument_version, deadline, created_by)
                        VALUES (:name, :instrument, :version, :deadline, :by) RETURNING id
                        """)
                .param("name", name).param("instrument", instrumentId).param("version", version)
                .param("deadline", deadline).param("by", createdBy)
                .query(Long.class).single();
    }

    void insertInvitation(long roundId, String municipalityCode, String token, String email) {
        jdbc.sql("""
                        INSERT INTO mapping_invitation (round_id, municipality_code, token, email)
                        VALUES (:round, :m, :token, :email)
                        """)
                .param("round", roundId).param("m", municipalityCode).param("token", token).param("email", email)
                .update();
    }

    Optional<MappingRound> round(long id) {
        return jdbc.sql("""
                        SELECT r.*, (SELECT count(*) FROM mapping_invitation i WHERE i.round_id = r.id) AS invited,
                               (SELECT count(*) FROM mapping_invitation i WHERE i.round_id = r.id AND i.submitted_at IS NOT NULL) AS answered
                        FROM mapping_round r WHERE r.id = :id
                        """)
                .param("id", id).query(MappingRepository::round).optional();
    }

    List<MappingRound> rounds(Long createdBy) {
        return jdbc.sql("""
                        SELECT r.*, (SELECT count(*) FROM mapping_invitation i WHERE i.round_id = r.id) AS invited,
                               (SELECT count(*) FROM mapping_invitation i WHERE i.round_id = r.id AND i.submitted_at IS NOT NULL) AS answered
                        FROM mapping_round r WHERE CAST(:by AS bigint) IS NULL OR r.created_by = :by
                        ORDER BY r.created_at DESC, r.id DESC
                        """)
                .param("by", createdBy).query(MappingRepository::round).list();
    }

    List<Invitation> invitations(long roundId) {
        return jdbc.sql("SELECT " + INVITATION_COLUMNS + """
                         FROM mapping_invitation i JOIN municipality m ON m.code = i.municipality_code
                        WHERE i.round_id = :round ORDER BY m.name COLLATE "sv-SE-x-icu"
                        """)
                .param("round", roundId).query(MappingRepository::invitation).list();
    }

    Optional<Invitation> invitationByToken(String token) {
        return jdbc.sql("SELECT " + INVITATION_COLUMNS + """
                         FROM mapping_invitation i JOIN municipality m ON m.code = i.municipality_code
                        WHERE i.token = :token
                        """)
                .param("token", token).query(MappingRepository::invitation).optional();
    }

    void markInvited(long invitationId, Instant at, boolean reminder) {
        jdbc.sql(reminder ? "UPDATE mapping_invitation SET reminded_at = :at WHERE id = :id"
                        : "UPDATE mapping_invitation SET invited_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", invitationId).update();
    }

    Map<String, String> answers(long invitationId) {
        Map<String, String> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT answer_key, value FROM mapping_answer WHERE invitation_id = :id")
                .param("id", invitationId)
                .query(rs -> {
                    answers.put(rs.getString("answer_key"), rs.getString("value"));
                });
        return answers;
    }

    /** Submitted answer sheets of a round, per invitation id, optionally of one county only. */
    Map<Long, Map<String, String>> submittedAnswers(long roundId, String countyCode) {
        Map<Long, Map<String, String>> sheets = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT i.id FROM mapping_invitation i JOIN municipality m ON m.code = i.municipality_code
                        WHERE i.round_id = :round AND i.submitted_at IS NOT NULL
                          AND (CAST(:county AS text) IS NULL OR m.county_code = :county)
                        ORDER BY m.name COLLATE "sv-SE-x-icu"
                        """)
                .param("round", roundId).param("county", countyCode)
                .query(rs -> {
                    sheets.put(rs.getLong("id"), new HashMap<>());
                });
        jdbc.sql("""
                        SELECT a.invitation_id, a.answer_key, a.value FROM mapping_answer a
                        JOIN mapping_invitation i ON i.id = a.invitation_id
                        WHERE i.round_id = :round AND i.submitted_at IS NOT NULL
                        """)
                .param("round", roundId)
                .query(rs -> {
                    Map<String, String> sheet = sheets.get(rs.getLong("invitation_id"));
                    if (sheet != null) {
                        sheet.put(rs.getString("answer_key"), rs.getString("value"));
                    }
                });
        return sheets;
    }

    void saveAnswers(long invitationId, Map<String, String> answers, Instant at, boolean submit) {
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            if (answer.getValue() == null || answer.getValue().isBlank()) {
                jdbc.sql("DELETE FROM mapping_answer WHERE invitation_id = :id AND answer_key = :key")
                        .param("id", invitationId).param("key", answer.getKey()).update();
            } else {
                jdbc.sql("""
                                INSERT INTO mapping_answer (invitation_id, answer_key, value) VALUES (:id, :key, :value)
                                ON CONFLICT (invitation_id, answer_key) DO UPDATE SET value = EXCLUDED.value
                                """)
                        .param("id", invitationId).param("key", answer.getKey()).param("value", answer.getValue().strip())
                        .update();
            }
        }
        jdbc.sql(submit ? "UPDATE mapping_invitation SET saved_at = :at, submitted_at = :at WHERE id = :id"
                        : "UPDATE mapping_invitation SET saved_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", invitationId).update();
    }

    void close(long roundId, Instant at) {
        jdbc.sql("UPDATE mapping_round SET closed_at = :at WHERE id = :id AND closed_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", roundId).update();
    }

    void saveFile(long invitationId, String questionId, String filename, String contentType, byte[] content) {
        jdbc.sql("""
                        INSERT INTO mapping_file (invitation_id, question_id, filename, content_type, content)
                        VALUES (:id, :q, :name, :type, :content)
                        ON CONFLICT (invitation_id, question_id) DO UPDATE
                        SET filename = EXCLUDED.filename, content_type = EXCLUDED.content_type,
                            content = EXCLUDED.content, uploaded_at = now()
                        """)
                .param("id", invitationId).param("q", questionId).param("name", filename).param("type", contentType)
                .param("content", content).update();
    }

    /** Files of a round without their content: invitation id -> question id -> file. */
    List<StoredFile> files(long roundId) {
        return jdbc.sql("""
                        SELECT f.id, f.invitation_id, f.question_id, f.filename, f.content_type, NULL::bytea AS content
                        FROM mapping_file f JOIN mapping_invitation i ON i.id = f.invitation_id WHERE i.round_id = :round
                        """)
                .param("round", roundId).query(MappingRepository::file).list();
    }

    List<StoredFile> filesOf(long invitationId) {
        return jdbc.sql("""
                        SELECT id, invitation_id, question_id, filename, content_type, NULL::bytea AS content
                        FROM mapping_file WHERE invitation_id = :id
                        """)
                .param("id", invitationId).query(MappingRepository::file).list();
    }

    Optional<StoredFile> file(long roundId, long fileId) {
        return jdbc.sql("""
                        SELECT f.id, f.invitation_id, f.question_id, f.filename, f.content_type, f.content
                        FROM mapping_file f JOIN mapping_invitation i ON i.id = f.invitation_id
                        WHERE i.round_id = :round AND f.id = :id
                        """)
                .param("round", roundId).param("id", fileId).query(MappingRepository::file).optional();
    }

    private static MappingRound round(ResultSet rs, int row) throws SQLException {
        return new MappingRound(rs.getLong("id"), rs.getString("name"), rs.getString("instrument_id"),
                rs.getInt("instrument_version"), rs.getObject("deadline", LocalDate.class), rs.getLong("created_by"),
                instant(rs, "created_at"), instant(rs, "closed_at"), rs.getInt("invited"), rs.getInt("answered"));
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getLong("id"), rs.getLong("round_id"), rs.getString("municipality_code"),
                rs.getString("municipality_name"), rs.getString("county_code"), rs.getString("token"), rs.getString("email"),
                instant(rs, "invited_at"), instant(rs, "reminded_at"), instant(rs, "saved_at"), instant(rs, "submitted_at"));
    }

    private static StoredFile file(ResultSet rs, int row) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getLong("invitation_id"), rs.getString("question_id"),
                rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    record StoredFile(long id, long invitationId, String questionId, String filename, String contentType, byte[] content) {}
}
