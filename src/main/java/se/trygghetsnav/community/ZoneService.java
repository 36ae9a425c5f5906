package se.trygghetsnav.community;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;

/**
 * A member's alert zones, shared position and alert settings (pause, daily digest, muted groups).
 * Only the member ever reads them. Every change updates this instance's {@link ZoneDirectory} and,
 * after commit, tells the other instances.
 */
@Service
class ZoneService {

    static final String POSITION_CONSENT_VERSION = "2026-11";

    record Zone(long id, String name, double latitude, double longitude, int radiusMetres, Instant createdAt) {}

    record SharedPosition(double latitude, double longitude, int radiusMetres, Instant sharedAt, Instant expiresAt) {
        /** Local Swedish time the position is deleted, for display. */
        public String until() {
            return AlertList.swedishTime(expiresAt);
        }
    }

    record GroupSetting(long groupId, String name, boolean muted) {}

    record Settings(boolean paused, boolean digest, List<GroupSetting> groups) {}

    private final JdbcClient jdbc;
    private final ZoneDirectory directory;
    private final ClusterBus bus;
    private final Clock clock;

    ZoneService(JdbcClient jdbc, ZoneDirectory directory, ClusterBus bus, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.bus = bus;
        this.clock = clock;
    }

    List<Zone> zones(CommunityUser user) {
        return jdbc.sql("""
                        SELECT id, name, latitude, longitude, radius_m, created_at FROM alert_zone
                        WHERE user_id = ? ORDER BY created_at, id
                        """).param(user.userId())
                .query((rs, row) -> new Zone(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Transactional
    Zone createZone(CommunityUser user, String name, Double latitude, Double longitude, Integer radiusMetres) {
        List<InputProblem> problems = new ArrayList<>();
        if (!AlertRules.validName(name)) {
            problems.add(new InputProblem("name", "Ange ett namn på högst " + AlertRules.MAX_NAME_LENGTH + " tecken, till exempel Hemma"));
        }
        checkPoint(latitude, longitude, radiusMetres, problems);
        long count = jdbc.sql("SELECT count(*) FROM alert_zone WHERE user_id = ?").param(user.userId()).query(Long.class).single();
        if (count >= 10) {
            problems.add(new InputProblem("zones", "Du kan ha högst 10 bevakningsområden"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Zone zone = jdbc.sql("""
                        INSERT INTO alert_zone (user_id, name, latitude, longitude, radius_m) VALUES (:u, :n, :lat, :lon, :r)
                        RETURNING id, name, latitude, longitude, radius_m, created_at
                        """)
                .param("u", user.userId()).param("n", name.strip()).param("lat", latitude).param("lon", longitude)
                .param("r", radiusMetres)
                .query((rs, row) -> new Zone(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .single();
        afterCommit(() -> {
            directory.putZone(zone.id(), user.userId(), zone.latitude(), zone.longitude(), zone.radiusMetres());
            bus.publish(ClusterBus.Kind.ZONE, zone.id());
        });
        return zone;
    }

    /** Deletes one of the member's own zones; another member's zone id is not found (404). */
    @Transactional
    void deleteZone(CommunityUser user, long zoneId) {
        int deleted = jdbc.sql("DELETE FROM alert_zone WHERE id = :id AND user_id = :u").param("id", zoneId)
                .param("u", user.userId()).update();
        if (deleted == 0) {
            throw new NotFoundException("Bevakningsområdet finns inte");
        }
        afterCommit(() -> {
            directory.removeZone(zoneId);
            bus.publish(ClusterBus.Kind.ZONE, zoneId);
        });
    }

    Optional<SharedPosition> position(CommunityUser user) {
        return jdbc.sql("""
                        SELECT latitude, longitude, radius_m, shared_at, expires_at FROM shared_position
                        WHERE user_id = :u AND expires_at > :now
                        """).param("u", user.userId()).param("now", OffsetDateTime.now(clock))
                .query((rs, row) -> new SharedPosition(rs.getDouble(1), rs.getDouble(2), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Shares (or moves) the member's current position for alerts, kept for {@code hours} (at most 24),
     * and records the POSITION consent unless one is in force.
     */
    @Transactional
    SharedPosition sharePosition(CommunityUser user, Double latitude, Double longitude, Integer radiusMetres, Integer hours) {
        List<InputProblem> problems = new ArrayList<>();
        checkPoint(latitude, longitude, radiusMetres, problems);
        if (hours != null && (hours < 1 || hours > 24)) {
            problems.add(new InputProblem("hours", "Välj mellan 1 och 24 timmar"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        Instant expires = AlertRules.positionExpiresAt(now, hours == null ? 24 : hours);
        jdbc.sql("""
                        INSERT INTO shared_position (user_id, latitude, longitude, radius_m, shared_at, expires_at)
                        VALUES (:u, :lat, :lon, :r, :now, :exp)
                        ON CONFLICT (user_id) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                            radius_m = EXCLUDED.radius_m, shared_at = EXCLUDED.shared_at, expires_at = EXCLUDED.expires_at
                        """)
                .param("u", user.userId()).param("lat", latitude).param("lon", longitude).param("r", radiusMetres)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("exp", expires.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                        INSERT INTO community_consent (user_id, kind, version)
                        SELECT :u, 'POSITION', :v WHERE NOT EXISTS (
                            SELECT 1 FROM community_consent WHERE user_id = :u AND kind = 'POSITION' AND withdrawn_at IS NULL)
                        """).param("u", user.userId()).param("v", POSITION_CONSENT_VERSION).update();
        afterCommit(() -> {
            directory.putPosition(user.userId(), latitude, longitude, radiusMetres, expires);
            bus.publish(ClusterBus.Kind.POSITION, user.userId());
        });
        return new SharedPosition(latitude, longitude, radiusMetres, now, expires);
    }

    /** Stops sharing: the position is deleted and the POSITION consent withdrawn. */
    @Transactional
    void stopSharing(CommunityUser user) {
        forget(user.userId(), false);
        jdbc.sql("UPDATE community_consent SET withdrawn_at = :now WHERE user_id = :u AND kind = 'POSITION' AND withdrawn_at IS NULL")
                .param("now", OffsetDateTime.now(clock)).param("u", user.userId()).update();
    }

    /**
     * Deletes a member's shared position, and their zones too when they leave or delete the account; after commit
     * every instance's index forgets them, so a withdrawn position alerts no one even before it would have expired.
     */
    @Transactional
    void forget(long userId, boolean zonesToo) {
        List<Long> zoneIds = zonesToo
                ? jdbc.sql("DELETE FROM alert_zone WHERE user_id = ? RETURNING id").param(userId).query(Long.class).list()
                : List.of();
        jdbc.sql("DELETE FROM shared_position WHERE user_id = ?").param(userId).update();
        afterCommit(() -> {
            directory.removePosition(userId);
            bus.publish(ClusterBus.Kind.POSITION, userId);
            for (long zoneId : zoneIds) {
                directory.removeZone(zoneId);
                bus.publish(ClusterBus.Kind.ZONE, zoneId);
            }
        });
    }

    /** Deletes expired shared positions (every instance runs it; whoever deletes a row tells the others). */
    List<Long> deleteExpiredPositions() {
        List<Long> users = jdbc.sql("DELETE FROM shared_position WHERE expires_at <= ? RETURNING user_id")
                .param(OffsetDateTime.now(clock)).query(Long.class).list();
        for (Long user : users) {
            directory.removePosition(user);
            bus.publish(ClusterBus.Kind.POSITION, user);
        }
        return users;
    }

    Settings settings(CommunityUser user) {
        record Member(boolean paused, boolean digest) {}
        Member member = jdbc.sql("SELECT alerts_paused AS paused, daily_digest AS digest FROM community_member WHERE user_id = ?")
                .param(user.userId()).query(Member.class).single();
        List<GroupSetting> groups = jdbc.sql("""
                        SELECT g.id AS group_id, g.name, gm.muted FROM community_group_member gm JOIN community_group g ON g.id = gm.group_id
                        WHERE gm.user_id = ? AND gm.status = 'MEMBER' ORDER BY g.name, g.id
                        """).param(user.userId()).query(GroupSetting.class).list();
        return new Settings(member.paused(), member.digest(), groups);
    }

    /** Saves pause and digest, and which of the member's groups are muted (others are unmuted). */
    @Transactional
    void saveSettings(CommunityUser user, boolean paused, boolean digest, Collection<Long> mutedGroupIds) {
        jdbc.sql("UPDATE community_member SET alerts_paused = :p, daily_digest = :d WHERE user_id = :u")
                .param("p", paused).param("d", digest).param("u", user.userId()).update();
        jdbc.sql("""
                        UPDATE community_group_member SET muted = (group_id = ANY(CAST(:muted AS bigint[])))
                        WHERE user_id = :u AND status = 'MEMBER'
                        """).param("muted", mutedGroupIds.toArray(Long[]::new)).param("u", user.userId()).update();
    }

    private static void checkPoint(Double latitude, Double longitude, Integer radiusMetres, List<InputProblem> problems) {
        if (latitude == null || longitude == null || latitude.isNaN() || longitude.isNaN() || latitude < -90 || latitude > 90
                || longitude < -180 || longitude > 180) {
            problems.add(new InputProblem("latitude", "Välj en plats på kartan eller skriv in latitud och longitud"));
        }
        if (radiusMetres == null || !AlertRules.validRadius(radiusMetres)) {
            problems.add(new InputProblem("radiusMetres", "Välj en radie mellan 100 meter och 5 kilometer"));
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
