package io.incidentalerts.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.http.ApiGuard;
import io.incidentalerts.http.Health;
import io.incidentalerts.http.HttpApi;
import io.incidentalerts.http.StaticFiles;
import io.incidentalerts.support.KafkaPerClass;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The live stream on the real HTTP server against a real broker: only committed records, event ids that
 * resume, heartbeats, a bounded number of subscribers, and streams that end themselves in time.
 */
class IncidentStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<Reader> readers = new ArrayList<>();
    private String alerts;
    private String surges;
    private HttpApi api;

    @BeforeEach
    void start() throws Exception {
        String prefix = "stream-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        alerts = prefix + "alerts";
        surges = prefix + "surges";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(alerts, 3, (short) 1), new NewTopic(surges, 1, (short) 1)))
                    .all().get();
        }
        IncidentStream stream = new IncidentStream(Map.of("bootstrap.servers", kafka.bootstrapServers()), alerts, surges,
                2, Duration.ofMillis(300), Duration.ofSeconds(8), Clock.systemUTC(), new SimpleMeterRegistry());
        api = HttpApi.start("127.0.0.1", 0, new Health(() -> State.RUNNING), () -> "", () -> "", Map.of(),
                Map.of(IncidentStream.PATH, stream), StaticFiles.none(), ApiGuard.of(Optional.empty(), 4));
    }

    @AfterEach
    void stop() {
        readers.forEach(Reader::close);
        api.close();
    }

    @Test
    void streamsOnlyCommittedAlertsAndSurgesWithIdsThatResume() throws Exception {
        Reader live = open(null);
        await().atMost(WAIT).until(() -> live.has("event: ready"));
        try (KafkaProducer<String, String> producer = transactional()) {
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(alerts, 1, "inc-1", "{\"aborted\":true}"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(alerts, 1, "inc-1", "{\"committed\":1}"));
            producer.commitTransaction();
            await().atMost(WAIT).until(() -> live.has("data: {\"committed\":1}"));
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(surges, 0, "Western Asia/BOMBING", "{\"surge\":1}"));
            producer.commitTransaction();
        }
        await().atMost(WAIT).until(() -> live.has("data: {\"surge\":1}"));
        assertThat(live.lines()).doesNotContain("data: {\"aborted\":true}");
        String readyId = live.idOf("ready");
        String alertId = live.idOf("alert");
        assertThat(readyId).isEqualTo("a0,0,0;s0");
        // the aborted record and its marker took offsets 0 and 1: the committed one is at 2, the next is 3
        assertThat(alertId).isEqualTo("a0,3,0;s0");
        await().atMost(WAIT).until(() -> live.has(": heartbeat"));

        Reader resumed = open(readyId);
        await().atMost(WAIT).until(() -> resumed.has("data: {\"committed\":1}") && resumed.has("data: {\"surge\":1}"));
        assertThat(resumed.lines()).contains("data: {\"resumed\":true,\"position\":\"a0,0,0;s0\"}");
        live.close();
        // the server sees a stream's client gone at its next write, a heartbeat at most later
        Reader after = await().atMost(WAIT).until(() -> tryOpen(alertId), r -> r != null);
        await().atMost(WAIT).until(() -> after.has("data: {\"surge\":1}"));
        assertThat(after.lines()).as("resumed after the alert: only what followed it").doesNotContain("data: {\"committed\":1}");
    }

    @Test
    void moreSubscribersThanAllowedGet503AndABadIdGets400() throws Exception {
        Reader one = open(null);
        Reader two = open(null);
        await().atMost(WAIT).until(() -> one.has("event: ready") && two.has("event: ready"));
        HttpResponse<String> third = client.send(request(null).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(third.body()).contains("console.stream.max.subscribers");
        one.close();
        two.close();
        await().atMost(WAIT).until(() -> client.send(request("x").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode() == 400);
    }

    @Test
    void aStreamEndsItselfBeforeTheServerWouldCutItOff() throws Exception {
        Reader r = open(null);
        await().atMost(WAIT).until(r::ended);
        assertThat(r.lines()).contains(": end of this stream: reconnect with Last-Event-ID");
        assertThat(r.response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        assertThat(r.response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private KafkaProducer<String, String> transactional() {
        KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "stream-it-" + UUID.randomUUID()),
                new StringSerializer(), new StringSerializer());
        p.initTransactions();
        return p;
    }

    private HttpRequest.Builder request(String lastEventId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.address().resolve(IncidentStream.PATH));
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        return b;
    }

    private Reader open(String lastEventId) throws Exception {
        Reader r = tryOpen(lastEventId);
        assertThat(r).as("a stream opened").isNotNull();
        return r;
    }

    /** The stream, or null when the server refused it with 503. */
    private Reader tryOpen(String lastEventId) throws Exception {
        HttpResponse<Stream<String>> response = client.send(request(lastEventId).build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() == 503) {
            response.body().close();
            return null;
        }
        assertThat(response.statusCode()).isEqualTo(200);
        Reader r = new Reader(response);
        readers.add(r);
        return r;
    }

    /** Collects a stream's lines on a thread of its own. */
    private static final class Reader {
        private final HttpResponse<Stream<String>> response;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Thread thread;
        private volatile boolean ended;

        Reader(HttpResponse<Stream<String>> response) {
            this.response = response;
            this.thread = new Thread(() -> {
                try (Stream<String> body = response.body()) {
                    body.forEach(lines::add);
                } catch (RuntimeException e) {
                    // closed by the test
                }
                ended = true;
            });
            thread.setDaemon(true);
            thread.start();
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        boolean has(String line) {
            return lines.stream().anyMatch(l -> l.startsWith(line));
        }

        boolean ended() {
            return ended;
        }

        String idOf(String event) {
            List<String> all = lines();
            int at = all.indexOf("event: " + event);
            return all.get(at + 1).substring("id: ".length());
        }

        void close() {
            response.body().close();
            thread.interrupt();
        }
    }
}
