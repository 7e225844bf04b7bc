package io.incidentalerts.query;

import com.fasterxml.jackson.core.type.TypeReference;
import io.incidentalerts.alert.Json;
import io.incidentalerts.http.HttpApi.Reply;
import io.incidentalerts.identity.IncidentState;
import io.incidentalerts.streams.IncidentTopology;
import io.incidentalerts.streams.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The incident query API over Kafka Streams interactive queries. {@code GET /api/incidents/{id}} asks
 * the instance that hosts the id's partition (this one, or another over HTTP at its
 * {@code application.server}); {@code GET /api/incidents} asks every instance that hosts part of the
 * store and merges. A request with {@code local=true} is answered from this instance's store alone:
 * that is how instances ask each other, so a request is forwarded at most once.
 */
public final class IncidentQueries {

    public static final String PATH = "/api/incidents";
    private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(10);
    private static final TypeReference<List<IncidentState>> STATE_LIST = new TypeReference<>() {
    };

    private final Supplier<KafkaStreams> streams;
    private final Supplier<HostInfo> self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Optional<String> apiToken;

    /**
     * @param streams  the Streams client, once it exists
     * @param self     this instance's {@code application.server}
     * @param apiToken the bearer token the instances' /api/* need, passed on when asking a peer
     */
    public IncidentQueries(Supplier<KafkaStreams> streams, Supplier<HostInfo> self, Optional<String> apiToken) {
        this.streams = streams;
        this.self = self;
        this.apiToken = apiToken.filter(t -> !t.isBlank());
    }

    public Reply answer(URI uri) {
        String path = uri.getPath();
        boolean local = IncidentFilter.params(uri.getRawQuery()).containsKey("local");
        try {
            if (path.equals(PATH) || path.equals(PATH + "/")) {
                return list(IncidentFilter.parse(uri.getRawQuery()), local, uri.getRawQuery());
            }
            String id = path.substring(PATH.length() + 1);
            if (id.isEmpty() || id.contains("/")) {
                return error(404, "not found");
            }
            return byId(id, local);
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        } catch (InvalidStateStoreException | NotReady e) {
            return error(503, "incident store not queryable yet: " + e.getMessage());
        } catch (IOException e) {
            return error(502, "another instance did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "interrupted");
        }
    }

    private Reply byId(String id, boolean local) throws IOException, InterruptedException {
        KafkaStreams kafkaStreams = client();
        if (!local) {
            KeyQueryMetadata where = kafkaStreams.queryMetadataForKey(IncidentTopology.STATE_STORE, id,
                    Topics.incidentIdSerde().serializer());
            if (where == null || where.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
                throw new NotReady("no instance hosts the incident store yet");
            }
            if (!where.activeHost().equals(self.get())) {
                HttpResponse<String> r = forward(where.activeHost(), PATH + "/" + enc(id) + "?local=true");
                return new Reply(r.statusCode(), "application/json", r.body());
            }
        }
        IncidentState state = store(kafkaStreams).get(id);
        return state == null ? error(404, "no incident " + id) : json(200, state);
    }

    private Reply list(IncidentFilter filter, boolean local, String rawQuery) throws IOException, InterruptedException {
        KafkaStreams kafkaStreams = client();
        List<IncidentState> found = new ArrayList<>(localMatches(kafkaStreams, filter));
        if (!local) {
            String query = PATH + "?" + (rawQuery == null || rawQuery.isEmpty() ? "" : rawQuery + "&") + "local=true";
            for (StreamsMetadata instance : kafkaStreams.streamsMetadataForStore(IncidentTopology.STATE_STORE)) {
                if (instance.hostInfo().equals(self.get())) {
                    continue;
                }
                HttpResponse<String> r = forward(instance.hostInfo(), query);
                if (r.statusCode() != 200) {
                    return new Reply(r.statusCode(), "application/json", r.body());
                }
                found.addAll(Json.MAPPER.readValue(Json.MAPPER.readTree(r.body()).get("incidents").traverse(),
                        STATE_LIST));
            }
        }
        found.sort(Comparator.comparing(IncidentState::lastSeen).reversed().thenComparing(IncidentState::incidentId));
        List<IncidentState> page = found.subList(0, Math.min(filter.limit(), found.size()));
        return json(200, Map.of("count", page.size(), "incidents", page));
    }

    private List<IncidentState> localMatches(KafkaStreams kafkaStreams, IncidentFilter filter) {
        List<IncidentState> out = new ArrayList<>();
        try (KeyValueIterator<String, IncidentState> it = store(kafkaStreams).all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null && filter.matches(kv.value)) {
                    out.add(kv.value);
                }
            });
        }
        return out;
    }

    private KafkaStreams client() {
        KafkaStreams kafkaStreams = streams.get();
        if (kafkaStreams == null) {
            throw new NotReady("Kafka Streams not started");
        }
        KafkaStreams.State state = kafkaStreams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            throw new NotReady("Kafka Streams is " + state);
        }
        return kafkaStreams;
    }

    private static ReadOnlyKeyValueStore<String, IncidentState> store(KafkaStreams kafkaStreams) {
        return kafkaStreams.store(StoreQueryParameters.fromNameAndType(IncidentTopology.STATE_STORE,
                QueryableStoreTypes.keyValueStore()));
    }

    private HttpResponse<String> forward(HostInfo host, String pathAndQuery) throws IOException, InterruptedException {
        URI target = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(FORWARD_TIMEOUT).GET();
        apiToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Reply json(int status, Object body) {
        try {
            return Reply.json(status, Json.MAPPER.writeValueAsString(body));
        } catch (IOException e) {
            return error(500, e.getMessage());
        }
    }

    private static Reply error(int status, String message) {
        return Reply.json(status, Json.MAPPER.createObjectNode().put("error", message).toString());
    }

    /** The store cannot answer yet: the client is starting, rebalancing away or restoring. */
    private static final class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message);
        }
    }
}
