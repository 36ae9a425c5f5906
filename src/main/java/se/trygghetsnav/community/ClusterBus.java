package se.trygghetsnav.community;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the other instances of the application (behind one load balancer, on one PostgreSQL)
 * what happened, with PostgreSQL LISTEN/NOTIFY: no extra broker. Messages carry ids only; the
 * receiver loads what it needs. Each instance holds one dedicated connection (not from the pool)
 * that listens in a background thread and reconnects after failures; after a reconnect it asks
 * its subscribers to reload, since notifications sent meanwhile are lost.
 */
@Component
class ClusterBus implements SmartLifecycle {

    static final String CHANNEL = "community_live";
    /** How the listening connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "trygghetsnav-cluster-bus";
    private static final Logger log = LoggerFactory.getLogger(ClusterBus.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What happened: an alert or chat message to deliver live, or a zone or position to re-read. */
    enum Kind {
        ALERT,
        CHAT,
        ZONE,
        POSITION
    }

    /** A message between instances; {@code origin} lets the sender skip its own. */
    record Message(String origin, Kind kind, long id) {
        Message {
            Objects.requireNonNull(origin);
            Objects.requireNonNull(kind);
        }
    }

    private final String instanceId = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CopyOnWriteArrayList<Consumer<Message>> receivers = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Runnable> reconnectListeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    ClusterBus(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Called for messages from OTHER instances. */
    void onMessage(Consumer<Message> receiver) {
        receivers.add(receiver);
    }

    /** Called after the listening connection was re-established (notifications may have been missed). */
    void onReconnect(Runnable listener) {
        reconnectListeners.add(listener);
    }

    /** Sends to every other instance (after the caller's transaction committed: NOTIFY in its own statement). */
    void publish(Kind kind, long id) {
        String payload = JSON.writeValueAsString(Map.of("o", instanceId, "k", kind.name(), "id", id));
        try {
            jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", payload)
                    .query(rs -> {});
        } catch (RuntimeException e) {
            log.warn("Kunde inte meddela andra instanser ({} {}): {}", kind, id, e.getMessage());
        }
    }

    boolean isListening() {
        return listening;
    }

    String instanceId() {
        return instanceId;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listenLoop, "cluster-bus-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenLoop() {
        long backoffMillis = 500;
        boolean first = true;
        while (running) {
            try (Connection listener = openDedicatedConnection()) {
                connection = listener;
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                backoffMillis = 500;
                if (!first) {
                    log.info("Lyssnar på {} igen; läser om bevakningar", CHANNEL);
                    reconnectListeners.forEach(ClusterBus::runQuietly);
                }
                first = false;
                PGConnection pg = listener.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(10_000);
                    if (notifications == null) {
                        // a round trip keeps the connection honest: a broken one throws here
                        try (Statement ping = listener.createStatement()) {
                            ping.execute("SELECT 1");
                        }
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        dispatch(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Lyssnaren på {} tappade anslutningen, försöker igen: {}", CHANNEL, e.getMessage());
                    sleep(backoffMillis);
                    backoffMillis = Math.min(backoffMillis * 2, 30_000);
                    first = false;
                }
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private void dispatch(String payload) {
        Message message;
        try {
            Map<?, ?> map = JSON.readValue(payload, Map.class);
            message = new Message(String.valueOf(map.get("o")), Kind.valueOf(String.valueOf(map.get("k"))),
                    ((Number) map.get("id")).longValue());
        } catch (RuntimeException e) {
            log.warn("Okänt meddelande på {}: {}", CHANNEL, payload);
            return;
        }
        if (message.origin().equals(instanceId)) {
            return;
        }
        for (Consumer<Message> receiver : receivers) {
            try {
                receiver.accept(message);
            } catch (RuntimeException e) {
                log.warn("Kunde inte hantera {} {}: {}", message.kind(), message.id(), e.getMessage());
            }
        }
    }

    /** A connection of its own, outside the pool, with the pool's address and credentials. */
    private Connection openDedicatedConnection() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("ApplicationName", APPLICATION_NAME);
            properties.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    private static void runQuietly(Runnable runnable) {
        try {
            runnable.run();
        } catch (RuntimeException e) {
            log.warn("Omläsning efter återanslutning misslyckades: {}", e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
