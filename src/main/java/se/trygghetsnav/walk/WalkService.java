package se.trygghetsnav.walk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.measure.Measure;
import se.trygghetsnav.measure.MeasureForm;
import se.trygghetsnav.measure.MeasureService;
import se.trygghetsnav.municipality.Locality;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.ImageSanitizer;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/**
 * Safety walks of a municipality: planning, observations, participants, completion with the
 * follow-up dates, and observations turned into measures. Every query carries the actor's
 * municipality; another municipality's walk is not found.
 */
@Service
public class WalkService {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static final String SELECT_WALKS = """
            SELECT w.*, l.name AS locality_name,
                   (SELECT count(*) FROM walk_observation o WHERE o.walk_id = w.id) AS observation_count
            FROM safety_walk w JOIN locality l ON l.id = w.locality_id
            """;

    private static final String SELECT_PHOTO = """
            SELECT photo FROM walk_observation
            WHERE id = :o AND walk_id = :w AND municipality_code = :m AND photo IS NOT NULL
            """;
    private static final String SELECT_AFTER_PHOTO = """
            SELECT after_photo FROM walk_observation
            WHERE id = :o AND walk_id = :w AND municipality_code = :m AND after_photo IS NOT NULL
            """;

    private final JdbcClient jdbc;
    private final MunicipalityService municipalities;
    private final MeasureService measures;
    private final Clock clock;

    WalkService(JdbcClient jdbc, MunicipalityService municipalities, MeasureService measures, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.measures = measures;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SWEDEN));
    }

    public List<Locality> localities(Actor actor) {
        return municipalities.localities(actor.municipalityCode());
    }

    /** The municipality's walks, the latest first. */
    public List<Walk> list(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return jdbc.sql(SELECT_WALKS + " WHERE w.municipality_code = :m ORDER BY w.walk_date DESC, w.id DESC")
                .param("m", actor.municipalityCode()).query(WalkService::walk).list();
    }

    public Walk get(Actor actor, long id) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return find(actor.municipalityCode(), id).orElseThrow(() -> new NotFoundException("Vandringen finns inte"));
    }

    private Optional<Walk> find(String municipality, long id) {
        return jdbc.sql(SELECT_WALKS + " WHERE w.municipality_code = :m AND w.id = :id")
                .param("m", municipality).param("id", id).query(WalkService::walk).optional();
    }

    /** Plans a walk (coordinator); the locality must be the municipality's own. */
    @Transactional
    public long plan(Actor actor, WalkForm form) {
        actor.require(Role.COORDINATOR);
        requireOwnLocality(actor, form.localityId());
        WalkRoute route = form.walkRoute();
        return jdbc.sql("""
                        INSERT INTO safety_walk (municipality_code, locality_id, walk_date, start_time, meeting_point,
                                                 invited_organisations, invitation, route)
                        VALUES (:m, :l, :d, :t, :p, :o, :i, :r) RETURNING id
                        """)
                .param("m", actor.municipalityCode()).param("l", form.localityId()).param("d", form.walkDate())
                .param("t", form.startTime()).param("p", WalkForm.text(form.meetingPoint()))
                .param("o", WalkForm.text(form.invitedOrganisations())).param("i", WalkForm.text(form.invitation()))
                .param("r", route == null ? null : route.toGeoJson(), Types.VARCHAR)
                .query(Long.class).single();
    }

    /** Changes a walk's plan: locality, date, time, meeting point, invited organisations, invitation and route. */
    @Transactional
    public void update(Actor actor, long walkId, WalkForm form) {
        actor.require(Role.COORDINATOR);
        get(actor, walkId);
        requireOwnLocality(actor, form.localityId());
        WalkRoute route = form.walkRoute();
        jdbc.sql("""
                        UPDATE safety_walk SET locality_id = :l, walk_date = :d, start_time = :t, meeting_point = :p,
                                               invited_organisations = :o, invitation = :i, route = :r
                        WHERE id = :id AND municipality_code = :m
                        """)
                .param("l", form.localityId()).param("d", form.walkDate()).param("t", form.startTime())
                .param("p", WalkForm.text(form.meetingPoint())).param("o", WalkForm.text(form.invitedOrganisations()))
                .param("i", WalkForm.text(form.invitation())).param("r", route == null ? null : route.toGeoJson(), Types.VARCHAR)
                .param("id", walkId).param("m", actor.municipalityCode()).update();
    }

    /** Saves the invitation text for the web and social media (empty: the generated suggestion is used). */
    @Transactional
    public void invitation(Actor actor, long walkId, String invitation) {
        actor.require(Role.COORDINATOR);
        get(actor, walkId);
        jdbc.sql("UPDATE safety_walk SET invitation = :i WHERE id = :id AND municipality_code = :m")
                .param("i", WalkForm.text(invitation)).param("id", walkId).param("m", actor.municipalityCode()).update();
    }

    /**
     * Deletes a walk with its observations; measures made from the observations stay. A completed walk
     * is only deleted when the coordinator has confirmed it.
     *
     * @return false when the walk is completed and the deletion was not confirmed (nothing is deleted)
     */
    @Transactional
    public boolean delete(Actor actor, long walkId, boolean confirmed) {
        actor.require(Role.COORDINATOR);
        Walk walk = get(actor, walkId);
        if (walk.completed() && !confirmed) {
            return false;
        }
        jdbc.sql("DELETE FROM walk_observation WHERE walk_id = :id AND municipality_code = :m")
                .param("id", walkId).param("m", actor.municipalityCode()).update();
        jdbc.sql("DELETE FROM safety_walk WHERE id = :id AND municipality_code = :m")
                .param("id", walkId).param("m", actor.municipalityCode()).update();
        return true;
    }

    /** The walk's route, if one was drawn; empty for another municipality's walk. */
    public Optional<WalkRoute> route(String municipalityCode, long walkId) {
        return jdbc.sql("SELECT route FROM safety_walk WHERE id = :id AND municipality_code = :m AND route IS NOT NULL")
                .param("id", walkId).param("m", municipalityCode).query(String.class).optional().map(WalkRoute::parse);
    }

    private void requireOwnLocality(Actor actor, Long localityId) {
        if (localityId == null || localities(actor).stream().noneMatch(l -> l.id() == localityId)) {
            throw new NotFoundException("Orten finns inte");
        }
    }

    /** Records an observation; the photo, if any, is re-encoded without its metadata. */
    @Transactional
    public long observe(Actor actor, long walkId, ObservationForm form, byte[] photo) {
        actor.require(Role.COORDINATOR);
        get(actor, walkId);
        byte[] clean = photo == null || photo.length == 0 ? null : ImageSanitizer.sanitize(photo).content();
        return jdbc.sql("""
                        INSERT INTO walk_observation (walk_id, municipality_code, category, latitude, longitude, seen,
                                                      improvement, who_should_act, photo, photo_content_type)
                        VALUES (:w, :m, :c, :lat, :lon, :seen, :imp, :who, :photo, :type) RETURNING id
                        """)
                .param("w", walkId).param("m", actor.municipalityCode()).param("c", form.walkCategory().name())
                .param("lat", form.lat(), Types.DOUBLE).param("lon", form.lon(), Types.DOUBLE)
                .param("seen", form.seen().strip()).param("imp", WalkForm.text(form.improvement()))
                .param("who", WalkForm.text(form.whoShouldAct()))
                .param("photo", clean, Types.BINARY).param("type", clean == null ? null : "image/jpeg", Types.VARCHAR)
                .query(Long.class).single();
    }

    public List<Observation> observations(Actor actor, long walkId) {
        get(actor, walkId);
        return observations(actor.municipalityCode(), walkId);
    }

    /** A walk as anyone may see it: by its municipality's code and its id. */
    public Walk published(String municipalityCode, long walkId) {
        return find(municipalityCode, walkId).orElseThrow(() -> new NotFoundException("Vandringen finns inte"));
    }

    /** The observations of a published walk, with the measures and their status (no photos, no positions). */
    public List<Observation> publishedObservations(String municipalityCode, long walkId) {
        published(municipalityCode, walkId);
        return observations(municipalityCode, walkId);
    }

    private List<Observation> observations(String municipalityCode, long walkId) {
        return jdbc.sql("""
                        SELECT o.id, o.walk_id, o.category, o.latitude, o.longitude, o.seen, o.improvement, o.who_should_act,
                               o.photo IS NOT NULL AS has_photo, o.measure_id, m.title AS measure_title, m.status AS measure_status,
                               o.after_photo IS NOT NULL AS has_after_photo
                        FROM walk_observation o LEFT JOIN measure m ON m.id = o.measure_id AND m.municipality_code = o.municipality_code
                        WHERE o.walk_id = :w AND o.municipality_code = :m ORDER BY o.id
                        """)
                .param("w", walkId).param("m", municipalityCode)
                .query((rs, row) -> new Observation(rs.getLong("id"), rs.getLong("walk_id"),
                        WalkCategory.valueOf(rs.getString("category")), rs.getObject("latitude", Double.class),
                        rs.getObject("longitude", Double.class), rs.getString("seen"), rs.getString("improvement"),
                        rs.getString("who_should_act"), rs.getBoolean("has_photo"), rs.getObject("measure_id", Long.class),
                        rs.getString("measure_title"), rs.getString("measure_status"), rs.getBoolean("has_after_photo")))
                .list();
    }

    public Optional<byte[]> photo(Actor actor, long walkId, long observationId) {
        get(actor, walkId);
        return photo(actor.municipalityCode(), walkId, observationId, false);
    }

    public Optional<byte[]> afterPhoto(Actor actor, long walkId, long observationId) {
        get(actor, walkId);
        return photo(actor.municipalityCode(), walkId, observationId, true);
    }

    /** A photo before or after for the public feedback report: only once the walk is completed and its photos published. */
    public Optional<byte[]> publishedPhoto(String municipalityCode, long walkId, long observationId, boolean after) {
        Walk walk = published(municipalityCode, walkId);
        if (!walk.completed() || !walk.photosPublic()) {
            return Optional.empty();
        }
        return photo(municipalityCode, walkId, observationId, after);
    }

    private Optional<byte[]> photo(String municipalityCode, long walkId, long observationId, boolean after) {
        return jdbc.sql(after ? SELECT_AFTER_PHOTO : SELECT_PHOTO)
                .param("o", observationId).param("w", walkId).param("m", municipalityCode)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }

    /** Stores the photo after the measure for an observation, re-encoded without its metadata. */
    @Transactional
    public void afterPhoto(Actor actor, long walkId, long observationId, byte[] photo) {
        actor.require(Role.COORDINATOR);
        get(actor, walkId);
        byte[] clean = ImageSanitizer.sanitize(photo).content();
        int updated = jdbc.sql("""
                        UPDATE walk_observation SET after_photo = :photo, after_photo_content_type = 'image/jpeg', after_photo_at = :now
                        WHERE id = :o AND walk_id = :w AND municipality_code = :m
                        """)
                .param("photo", clean, Types.BINARY).param("now", OffsetDateTime.now(clock))
                .param("o", observationId).param("w", walkId).param("m", actor.municipalityCode()).update();
        if (updated == 0) {
            throw new NotFoundException("Observationen finns inte");
        }
    }

    /** Who took part: organisations as free text and the number of residents. */
    @Transactional
    public void participants(Actor actor, long walkId, String organisations, Integer residents) {
        actor.require(Role.COORDINATOR);
        get(actor, walkId);
        jdbc.sql("UPDATE safety_walk SET participant_organisations = :o, resident_count = :r WHERE id = :id AND municipality_code = :m")
                .param("o", WalkForm.text(organisations)).param("r", residents, Types.INTEGER)
                .param("id", walkId).param("m", actor.municipalityCode()).update();
    }

    /** Completes the walk and stores the proposed follow-up meeting and the six-month feedback date. */
    @Transactional
    public Walk complete(Actor actor, long walkId) {
        actor.require(Role.COORDINATOR);
        Walk walk = get(actor, walkId);
        if (!walk.completed()) {
            jdbc.sql("""
                            UPDATE safety_walk SET completed_at = :now, follow_up_meeting_date = :meeting, feedback_date = :feedback
                            WHERE id = :id AND municipality_code = :m
                            """)
                    .param("now", OffsetDateTime.now(clock))
                    .param("meeting", FollowUpRules.followUpMeeting(walk.walkDate()))
                    .param("feedback", FollowUpRules.feedback(walk.walkDate()))
                    .param("id", walkId).param("m", actor.municipalityCode()).update();
        }
        return get(actor, walkId);
    }

    /** Publishes the observation photos in the public feedback report, or takes them back. */
    @Transactional
    public void publishPhotos(Actor actor, long walkId, boolean published) {
        actor.require(Role.COORDINATOR);
        get(actor, walkId);
        jdbc.sql("UPDATE safety_walk SET photos_public = :p WHERE id = :id AND municipality_code = :m")
                .param("p", published).param("id", walkId).param("m", actor.municipalityCode()).update();
    }

    /** Marks the follow-up meeting or the feedback as done. */
    @Transactional
    public void followUpDone(Actor actor, long walkId, boolean meeting) {
        actor.require(Role.COORDINATOR);
        get(actor, walkId);
        jdbc.sql("UPDATE safety_walk SET " + (meeting ? "follow_up_meeting_done" : "feedback_done")
                        + " = true WHERE id = :id AND municipality_code = :m")
                .param("id", walkId).param("m", actor.municipalityCode()).update();
    }

    /** Turns an observation into a proposed measure, once. */
    @Transactional
    public Measure toMeasure(Actor actor, long walkId, long observationId) {
        actor.require(Role.COORDINATOR);
        Walk walk = get(actor, walkId);
        Observation observation = observations(actor, walkId).stream().filter(o -> o.id() == observationId).findFirst()
                .orElseThrow(() -> new NotFoundException("Observationen finns inte"));
        if (observation.measureId() != null) {
            return measures.get(actor, observation.measureId());
        }
        String title = "Trygghetsvandring " + walk.localityName() + ": " + shorten(observation.seen(), 120);
        String owner = observation.whoShouldAct().isBlank() ? null : shorten(observation.whoShouldAct(), 200);
        String problem = "Trygghetsvandring i " + walk.localityName() + " " + walk.walkDate() + ". " + observation.seen();
        Measure measure = measures.propose(actor, new MeasureForm(title, observation.improvement(), shorten(problem, 4000),
                null, null, owner, null, null, List.of()), null);
        jdbc.sql("UPDATE walk_observation SET measure_id = :measure WHERE id = :o AND municipality_code = :m")
                .param("measure", measure.id()).param("o", observationId).param("m", actor.municipalityCode()).update();
        return measure;
    }

    /** Every walk of the municipality as date and locality, for the coverage. */
    public List<Coverage.WalkDate> walkDates(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return jdbc.sql("SELECT locality_id, walk_date FROM safety_walk WHERE municipality_code = :m")
                .param("m", actor.municipalityCode())
                .query((rs, row) -> new Coverage.WalkDate(rs.getLong("locality_id"), rs.getObject("walk_date", LocalDate.class)))
                .list();
    }

    /** Every safety meeting of the municipality as date and locality, for the coverage. */
    public List<Coverage.WalkDate> meetingDates(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return jdbc.sql("SELECT locality_id, meeting_date FROM safety_meeting WHERE municipality_code = :m")
                .param("m", actor.municipalityCode())
                .query((rs, row) -> new Coverage.WalkDate(rs.getLong("locality_id"), rs.getObject("meeting_date", LocalDate.class)))
                .list();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Walk walk(ResultSet rs, int row) throws SQLException {
        return new Walk(rs.getLong("id"), rs.getString("municipality_code"), rs.getLong("locality_id"),
                rs.getString("locality_name"), rs.getObject("walk_date", LocalDate.class),
                rs.getObject("start_time", java.time.LocalTime.class), rs.getString("meeting_point"),
                rs.getString("invited_organisations"), rs.getString("invitation"), rs.getString("participant_organisations"),
                rs.getObject("resident_count", Integer.class), rs.getObject("completed_at", OffsetDateTime.class),
                rs.getObject("follow_up_meeting_date", LocalDate.class), rs.getBoolean("follow_up_meeting_done"),
                rs.getObject("feedback_date", LocalDate.class), rs.getBoolean("feedback_done"), rs.getInt("observation_count"),
                rs.getBoolean("photos_public"));
    }
}
