package se.trygghetsnav.community;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsnav.municipality.Sweref99;

/**
 * This instance's in-memory copy of every alert zone and unexpired shared position, loaded at
 * start-up and kept current on every change (changes made on other instances arrive through
 * {@link ClusterBus}). Zones and positions sit in two indexes so an alert knows its reason.
 * Lookups read without locking; changes and reloads are serialised so none is lost in a reload.
 */
@Component
class ZoneDirectory {

    private static final Logger log = LoggerFactory.getLogger(ZoneDirectory.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile ZoneIndex zones = new ZoneIndex();
    private volatile ZoneIndex positions = new ZoneIndex();
    private final Map<Long, Instant> positionExpiry = new ConcurrentHashMap<>();

    ZoneDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void load() {
        reload();
    }

    /** Reads everything again (at start-up, and after the bus missed notifications while reconnecting). */
    synchronized void reload() {
        ZoneIndex freshZones = new ZoneIndex();
        ZoneIndex freshPositions = new ZoneIndex();
        Map<Long, Instant> freshExpiry = new ConcurrentHashMap<>();
        jdbc.sql("SELECT id, user_id, latitude, longitude, radius_m FROM alert_zone").query(rs -> {
            Sweref99.Point p = Sweref99.toSweref(rs.getDouble(3), rs.getDouble(4));
            freshZones.put(rs.getLong(1), rs.getLong(2), p.easting(), p.northing(), rs.getInt(5));
        });
        jdbc.sql("SELECT user_id, latitude, longitude, radius_m, expires_at FROM shared_position WHERE expires_at > :now")
                .param("now", OffsetDateTime.now(clock)).query(rs -> {
                    long user = rs.getLong(1);
                    Sweref99.Point p = Sweref99.toSweref(rs.getDouble(2), rs.getDouble(3));
                    freshPositions.put(-user, user, p.easting(), p.northing(), rs.getInt(4));
                    freshExpiry.put(user, rs.getObject(5, OffsetDateTime.class).toInstant());
                });
        zones = freshZones;
        positions = freshPositions;
        positionExpiry.clear();
        positionExpiry.putAll(freshExpiry);
        log.info("Bevakningsområden inlästa: {} områden, {} delade positioner", freshZones.size(), freshPositions.size());
    }

    /** Reads one zone again: put when it exists, removed when deleted. */
    void refreshZone(long zoneId) {
        record Row(long userId, double latitude, double longitude, int radiusM) {}
        jdbc.sql("SELECT user_id, latitude, longitude, radius_m FROM alert_zone WHERE id = ?").param(zoneId)
                .query(Row.class).optional()
                .ifPresentOrElse(row -> putZone(zoneId, row.userId(), row.latitude(), row.longitude(), row.radiusM()),
                        () -> removeZone(zoneId));
    }

    /** Reads a member's shared position again: put while it is unexpired, removed otherwise. */
    void refreshPosition(long userId) {
        record Row(double latitude, double longitude, int radiusM, OffsetDateTime expiresAt) {}
        jdbc.sql("SELECT latitude, longitude, radius_m, expires_at FROM shared_position WHERE user_id = ?").param(userId)
                .query(Row.class).optional()
                .filter(row -> AlertRules.positionActive(row.expiresAt().toInstant(), clock.instant()))
                .ifPresentOrElse(row -> putPosition(userId, row.latitude(), row.longitude(), row.radiusM(),
                        row.expiresAt().toInstant()), () -> removePosition(userId));
    }

    synchronized void putZone(long zoneId, long userId, double latitude, double longitude, int radiusMetres) {
        Sweref99.Point p = Sweref99.toSweref(latitude, longitude);
        zones.put(zoneId, userId, p.easting(), p.northing(), radiusMetres);
    }

    synchronized void removeZone(long zoneId) {
        zones.remove(zoneId);
    }

    synchronized void putPosition(long userId, double latitude, double longitude, int radiusMetres, Instant expiresAt) {
        Sweref99.Point p = Sweref99.toSweref(latitude, longitude);
        positionExpiry.put(userId, expiresAt);
        positions.put(-userId, userId, p.easting(), p.northing(), radiusMetres);
    }

    synchronized void removePosition(long userId) {
        positions.remove(-userId);
        positionExpiry.remove(userId);
    }

    /** Members whose zone covers the point. */
    long[] zoneUsersCovering(double latitude, double longitude) {
        Sweref99.Point p = Sweref99.toSweref(latitude, longitude);
        return zones.usersCovering(p.easting(), p.northing());
    }

    /** Members whose unexpired shared position covers the point. */
    long[] positionUsersCovering(double latitude, double longitude) {
        Sweref99.Point p = Sweref99.toSweref(latitude, longitude);
        Instant now = clock.instant();
        return java.util.Arrays.stream(positions.usersCovering(p.easting(), p.northing()))
                .filter(user -> AlertRules.positionActive(positionExpiry.get(user), now))
                .toArray();
    }

    int zoneCount() {
        return zones.size();
    }

    int positionCount() {
        return positions.size();
    }
}
