package se.trygghetsnav.community;

import com.zerodeplibs.webpush.PushSubscription;
import com.zerodeplibs.webpush.httpclient.StandardHttpClientRequestPreparer;
import jakarta.annotation.PreDestroy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends Web Push notifications (RFC 8030 with RFC 8291 aes128gcm encryption and RFC 8292 VAPID) to members' browsers,
 * in the background: {@link #sendLater} returns at once and never delays the live alerts.
 *
 * <p>A small pool with a bounded queue takes the work; when the queue is full the message is dropped with a log line
 * rather than blocking the caller. Requests go out through {@link HttpClient} asynchronously, at most
 * {@code trygghetsnav.push.max-in-flight} at a time. A push service answering 404 or 410 means the browser has
 * unsubscribed: the subscription is deleted.
 */
@Component
public class PushSender {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PushSubscriptions subscriptions;
    private final VapidKeys vapid;
    private final ThreadPoolExecutor executor;
    private final ExecutorService httpExecutor;
    private final HttpClient http;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();

    PushSender(PushSubscriptions subscriptions, VapidKeys vapid, @Value("${trygghetsnav.push.threads:2}") int threads,
            @Value("${trygghetsnav.push.queue:1000}") int queue, @Value("${trygghetsnav.push.max-in-flight:64}") int maxInFlight) {
        this.subscriptions = subscriptions;
        this.vapid = vapid;
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), task -> {
            Thread thread = new Thread(task, "web-push-" + number.incrementAndGet());
            thread.setDaemon(true);
            // Encryption is CPU work: live delivery goes first.
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }, (task, pool) -> {
            throw new RejectedExecutionException("queue full");
        });
        this.executor.allowCoreThreadTimeOut(true);
        this.httpExecutor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "web-push-http");
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(httpExecutor)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /**
     * Queues a notification to every browser subscription of these members (who consent to push) and returns at once.
     * Dropped with a log line when the queue is full.
     */
    public void sendLater(Collection<Long> userIds, PushMessage message) {
        if (userIds.isEmpty()) {
            return;
        }
        List<Long> recipients = List.copyOf(userIds);
        pending.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    sendNow(recipients, message);
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            dropped.addAndGet(recipients.size());
            log.warn("Webbpush-kön är full: avisering till {} mottagare hoppades över ({})", recipients.size(), message.tag());
        }
    }

    /** Loads the subscriptions and sends to each; runs on the push pool. */
    private void sendNow(List<Long> userIds, PushMessage message) {
        List<PushSubscriptions.Subscription> targets;
        try {
            targets = subscriptions.of(userIds);
        } catch (RuntimeException e) {
            log.warn("Kunde inte läsa push-prenumerationer: {}", e.toString());
            return;
        }
        String payload = payload(message);
        for (PushSubscriptions.Subscription target : targets) {
            HttpRequest request;
            try {
                request = request(target, payload, message.tag());
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                log.info("Kunde inte kryptera webbpush till prenumeration {}: {}", target.id(), e.toString());
                continue;
            }
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                try {
                    handle(target, response, error);
                } finally {
                    inFlight.release();
                }
            });
        }
    }

    /** The encrypted, VAPID-signed request for one subscription. */
    HttpRequest request(PushSubscriptions.Subscription target, String payload, String tag) {
        PushSubscription subscription = new PushSubscription();
        subscription.setEndpoint(target.endpoint());
        PushSubscription.Keys keys = new PushSubscription.Keys();
        keys.setP256dh(target.p256dh());
        keys.setAuth(target.auth());
        subscription.setKeys(keys);
        var builder = StandardHttpClientRequestPreparer.getBuilder()
                .pushSubscription(subscription)
                .vapidJWTExpiresAfter(12, TimeUnit.HOURS)
                .vapidJWTSubject(vapid.subject())
                .pushMessage(payload)
                .ttl(12, TimeUnit.HOURS)
                .urgencyHigh();
        if (TOPIC.matcher(tag).matches()) {
            builder.topic(tag);
        }
        return builder.build(vapid.keyPair()).toRequestBuilder().timeout(Duration.ofSeconds(20)).build();
    }

    static String payload(PushMessage message) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("title", message.title());
        json.put("body", message.body());
        json.put("url", message.url());
        json.put("tag", message.tag());
        return JSON.writeValueAsString(json);
    }

    private void handle(PushSubscriptions.Subscription target, HttpResponse<Void> response, Throwable error) {
        if (error != null) {
            failed.incrementAndGet();
            log.info("Webbpush till prenumeration {} misslyckades: {}", target.id(), error.toString());
            return;
        }
        int status = response.statusCode();
        if (status == 404 || status == 410) {
            failed.incrementAndGet();
            try {
                subscriptions.expired(target.endpoint());
                log.info("Push-tjänsten svarade {}: prenumeration {} är borttagen", status, target.id());
            } catch (RuntimeException e) {
                log.warn("Kunde inte ta bort prenumeration {}: {}", target.id(), e.toString());
            }
        } else if (status >= 200 && status < 300) {
            sent.incrementAndGet();
        } else {
            failed.incrementAndGet();
            log.info("Push-tjänsten svarade {} för prenumeration {}", status, target.id());
        }
    }

    /** Counters since start: notifications accepted by push services, failed, dropped because the queue was full. */
    public Stats stats() {
        return new Stats(sent.get(), failed.get(), dropped.get());
    }

    public record Stats(long sent, long failed, long dropped) {}

    /** True when nothing is queued, running or waiting for a push service (for tests and benchmarks). */
    boolean idle() {
        return pending.get() == 0 && inFlight.availablePermits() == maxInFlight;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        httpExecutor.shutdownNow();
    }
}
