package io.incidentalerts.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.classifier.Precision;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.identity.IncidentMerger;
import io.incidentalerts.identity.IncidentState;
import io.incidentalerts.identity.IncidentVersion;
import io.incidentalerts.support.Stories;
import io.incidentalerts.support.TopologyHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Families of one story told by several outlets, through the real classifier and topology. */
class IncidentIdentityTopologyTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final IncidentClassifier CLASSIFIER = IncidentClassifier.loadDefault();

    private TopologyHarness topology;
    private TestInputTopic<byte[], byte[]> input;

    @BeforeEach
    void start() {
        topology = TopologyHarness.start(CLASSIFIER::classify, NOW, Map.of());
        input = topology.input();
    }

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void copiesRewritesAndFollowUpsOfOneBombingAreOneIncidentWithOneUpdate() {
        Map<String, byte[]> kirkuk = Stories.kirkuk();
        for (String id : List.of("kirkuk-wire", "kirkuk-herald", "kirkuk-gazette", "kirkuk-toll-wire",
                "kirkuk-toll-herald")) {
            input.pipeInput(kirkuk.get(id));
        }
        List<AlertData> alerts = alerts();
        assertThat(alerts).extracting(AlertData::alertType).containsExactly(AlertType.NEW, AlertType.UPDATE);
        AlertData first = alerts.get(0);
        AlertData update = alerts.get(1);
        assertThat(update.incidentId()).isEqualTo(first.incidentId());
        assertThat(first.articleId()).isEqualTo("kirkuk-wire");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.changedFields()).isEmpty();
        assertThat(first.sources()).containsExactly("Example Wire");
        assertThat(first.corroborated()).isFalse();
        assertThat(update.articleId()).isEqualTo("kirkuk-toll-wire");
        assertThat(update.version()).isEqualTo(2);
        assertThat(update.changedFields()).contains(IncidentMerger.CASUALTIES);
        assertThat(update.casualties()).isEqualTo(new Casualties(19, 41));
        assertThat(update.sources()).containsExactly("Example Wire", "Daily Herald", "Gulf Gazette");
        assertThat(update.corroborated()).isTrue();
        assertThat(topology.recorded().duplicates()).as("herald, gazette and the follow-up's copy").hasSize(3);

        IncidentState state = latestStates().get(first.incidentId());
        assertThat(state.version()).isEqualTo(2);
        assertThat(state.articles()).isEqualTo(5);
        assertThat(state.articleIds()).containsExactly("kirkuk-wire", "kirkuk-herald", "kirkuk-gazette",
                "kirkuk-toll-wire", "kirkuk-toll-herald");
        assertThat(state.versions()).extracting(IncidentVersion::alertType).containsExactly(AlertType.NEW,
                AlertType.UPDATE);
    }

    @Test
    void anUnrelatedKidnappingInTheSameCityOnTheSameDayIsItsOwnIncident() {
        Map<String, byte[]> kirkuk = Stories.kirkuk();
        input.pipeInput(kirkuk.get("kirkuk-wire"));
        input.pipeInput(kirkuk.get("kirkuk-kidnap"));
        input.pipeInput(kirkuk.get("kirkuk-herald"));

        List<AlertData> alerts = alerts();
        assertThat(alerts).extracting(AlertData::alertType).containsExactly(AlertType.NEW, AlertType.NEW);
        assertThat(alerts).extracting(AlertData::category).containsExactly(Category.BOMBING, Category.KIDNAPPING);
        assertThat(alerts.get(0).incidentId()).isNotEqualTo(alerts.get(1).incidentId());
        Map<String, IncidentState> states = latestStates();
        assertThat(states.get(alerts.get(1).incidentId()).articles()).isEqualTo(1);
        assertThat(states.get(alerts.get(0).incidentId()).articles()).isEqualTo(2);
    }

    @Test
    void aReportThatNamesTheTownSharpensThePlace() {
        Map<String, byte[]> zamfara = Stories.zamfara();
        zamfara.values().forEach(input::pipeInput);

        List<AlertData> alerts = alerts();
        assertThat(alerts).extracting(AlertData::alertType).containsExactly(AlertType.NEW, AlertType.UPDATE);
        assertThat(alerts.get(0).location().precision()).isEqualTo(Precision.ADMIN1);
        assertThat(alerts.get(1).changedFields()).containsExactly(IncidentMerger.LOCATION);
        assertThat(alerts.get(1).location().city()).isEqualTo("Gusau");
    }

    @Test
    void aReplayOfSeveralStoriesInterleavedYieldsOneNewAndOneUpdatePerIncident() {
        Map<String, byte[]> kirkuk = Stories.kirkuk();
        Map<String, byte[]> zamfara = Stories.zamfara();
        List<byte[]> replay = List.of(kirkuk.get("kirkuk-wire"), zamfara.get("zamfara-wire"),
                kirkuk.get("kirkuk-herald"), zamfara.get("zamfara-post"), kirkuk.get("kirkuk-gazette"),
                zamfara.get("zamfara-gusau"), kirkuk.get("kirkuk-toll-wire"), kirkuk.get("kirkuk-toll-herald"));
        replay.forEach(input::pipeInput);

        Map<String, List<AlertType>> byIncident = new HashMap<>();
        for (AlertData a : alerts()) {
            byIncident.computeIfAbsent(a.incidentId(), k -> new ArrayList<>()).add(a.alertType());
        }
        assertThat(byIncident).hasSize(2);
        assertThat(byIncident.values()).allSatisfy(types ->
                assertThat(types).containsExactly(AlertType.NEW, AlertType.UPDATE));
    }

    @Test
    void theSameStoryPublishedAgainAfterTheWindowIsANewIncident() {
        byte[] wire = Stories.kirkuk().get("kirkuk-wire");
        input.pipeInput(wire);
        String reissued = new String(wire, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"kirkuk-wire\"", "\"kirkuk-wire-2\"")
                .replace("2024-03-12T08:40:00Z", "2024-03-16T08:40:00Z");
        input.pipeInput(reissued.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        List<AlertData> alerts = alerts();
        assertThat(alerts).extracting(AlertData::alertType).containsExactly(AlertType.NEW, AlertType.NEW);
        assertThat(alerts.get(0).incidentId()).isNotEqualTo(alerts.get(1).incidentId());
    }

    @Test
    void theStateStoreAnswersByIncidentIdAndOldIncidentsExpire() {
        input.pipeInput(Stories.kirkuk().get("kirkuk-wire"));
        String id = alerts().get(0).incidentId();
        KeyValueStore<String, ValueAndTimestamp<IncidentState>> store =
                topology.driver().getTimestampedKeyValueStore(IncidentTopology.STATE_STORE);
        assertThat(store.get(id).value().category()).isEqualTo(Category.BOMBING);

        // A far later article moves the identity clock past the Kirkuk incident's retention.
        input.pipeInput(Stories.zamfara().get("zamfara-wire"));
        topology.driver().advanceWallClockTime(Duration.ofMinutes(2));
        assertThat(store.get(id)).isNull();
        assertThat(topology.states().readKeyValuesToList())
                .contains(KeyValue.pair(id, null));
    }

    @Test
    void copiesOfAStoryThatNamesNoPlaceAreOneIncident() {
        Map<String, byte[]> story = Stories.unlocated();
        story.values().forEach(input::pipeInput);
        List<AlertData> alerts = alerts();
        assertThat(alerts).extracting(AlertData::articleId).containsExactly("unloc-wire");
        assertThat(alerts.get(0).location()).isNull();
        assertThat(topology.recorded().duplicates()).hasSize(1);
    }

    private List<AlertData> alerts() {
        return topology.alerts();
    }

    private Map<String, IncidentState> latestStates() {
        return topology.states().readKeyValuesToMap();
    }
}
