package se.trygghetsnav.community;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a post and publishes {@link PostPublished} inside the storing transaction, as the core
 * post service does, so the alert fan-out runs after commit.
 */
final class AlertTestPosts {

    private final CommunityFixtures community;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    AlertTestPosts(CommunityFixtures community, JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.community = community;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    long publish(String municipality, long authorId, Visibility visibility, Long groupId, Priority priority, String body,
            double latitude, double longitude) {
        return transactions.execute(status -> {
            long id = community.post(municipality, authorId, visibility, groupId, priority, body, latitude, longitude);
            String author = jdbc.sql("SELECT display_name FROM app_user WHERE id = ?").param(authorId).query(String.class).single();
            events.publishEvent(new PostPublished(id, municipality, authorId, author, visibility, groupId, null, priority, body,
                    latitude, longitude, Instant.now()));
            return id;
        });
    }
}
