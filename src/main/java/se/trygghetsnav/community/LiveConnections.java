package se.trygghetsnav.community;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open live streams (Server-Sent Events) of this instance, per member. No thread is held per
 * connection: the request goes async, and events are written by a small pool of sender threads.
 * A comment line every 25 seconds keeps proxies from closing idle streams.
 */
@Component
class LiveConnections implements SmartLifecycle {

    static final Duration TIMEOUT = Duration.ofMinutes(30);
    static final Duration HEARTBEAT = Duration.ofSeconds(25);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Long, Set<SseEmitter>> byUser = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("live-heartbeat"));
    private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("live-sender"));

    LiveConnections() {
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** A new stream for the member; removed again on completion, timeout or error. */
    SseEmitter open(long userId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(emitter);
        open.incrementAndGet();
        Runnable remove = () -> remove(userId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        try {
            // tells the browser how long to wait before reconnecting, and flushes the headers at once
            emitter.send(SseEmitter.event().comment("ok").reconnectTime(5_000));
        } catch (IOException | IllegalStateException e) {
            remove.run();
        }
        return emitter;
    }

    /** Members of {@code userIds} with an open stream on this instance. */
    List<Long> connected(Collection<Long> userIds) {
        List<Long> result = new ArrayList<>();
        for (Long user : userIds) {
            if (byUser.containsKey(user)) {
                result.add(user);
            }
        }
        return result;
    }

    Set<Long> connectedUsers() {
        return Set.copyOf(byUser.keySet());
    }

    int openCount() {
        return open.get();
    }

    /** Sends one event to one member's open streams, asynchronously. */
    void send(long userId, String eventName, Object data) {
        Set<SseEmitter> emitters = byUser.get(userId);
        if (emitters == null) {
            return;
        }
        String json = JSON.writeValueAsString(data);
        senders.execute(() -> emitters.forEach(emitter -> write(userId, emitter, eventName, json)));
    }

    /** Sends the same event to several members' open streams, asynchronously; the JSON is written once. */
    void sendAll(Collection<Long> userIds, String eventName, Object data) {
        List<Long> targets = connected(userIds);
        if (targets.isEmpty()) {
            return;
        }
        String json = JSON.writeValueAsString(data);
        int chunk = Math.max(1, (targets.size() + 3) / 4);
        for (int from = 0; from < targets.size(); from += chunk) {
            List<Long> part = targets.subList(from, Math.min(targets.size(), from + chunk));
            senders.execute(() -> {
                for (Long user : part) {
                    Set<SseEmitter> emitters = byUser.get(user);
                    if (emitters != null) {
                        emitters.forEach(emitter -> write(user, emitter, eventName, json));
                    }
                }
            });
        }
    }

    private void write(long userId, SseEmitter emitter, String eventName, String json) {
        try {
            emitter.send(SseEmitter.event().name(eventName).data(json, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            remove(userId, emitter);
            emitter.completeWithError(e);
        }
    }

    private void beat() {
        byUser.forEach((user, emitters) -> emitters.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("ping"));
            } catch (IOException | IllegalStateException e) {
                remove(user, emitter);
            }
        }));
    }

    private void remove(long userId, SseEmitter emitter) {
        byUser.computeIfPresent(userId, (id, emitters) -> {
            if (emitters.remove(emitter)) {
                open.decrementAndGet();
            }
            return emitters.isEmpty() ? null : emitters;
        });
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream before the web server shuts down gracefully (open streams would hold
     * it up); browsers reconnect, behind a load balancer to another instance.
     */
    @Override
    public void stop() {
        running = false;
        heartbeat.shutdownNow();
        senders.shutdownNow();
        byUser.values().forEach(emitters -> emitters.forEach(emitter -> {
            try {
                emitter.complete();
            } catch (RuntimeException e) {
                // already gone
            }
        }));
        byUser.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
