package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words of {@code classifier/triggers-lexical.tsv} (WordNet 3.0 and CAMEO candidates, reviewed):
 * each sentence's only event word comes from that file, so without it these are non-incidents.
 */
class LexicalTriggersTest {

    private static final IncidentClassifier CLASSIFIER = IncidentClassifier.loadDefault();

    private static Classification classify(String text) {
        return CLASSIFIER.classify(new Article("t", null, null, null, text, null, "en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Terrorists dynamited two power towers in Usulutan yesterday.                          | BOMBING",
        "Rebels blowing up a bridge on the main highway cut the province off on Tuesday.       | BOMBING",
        "Soldiers machine-gunned a bus carrying farmers near the border on Tuesday.            | ARMED_ASSAULT",
        "INSURGENTS EXECUTED FOUR VILLAGE ELDERS IN THE MAIN SQUARE ON FRIDAY.                 | ARMED_ASSAULT",
        "Militants were ambushing a patrol outside the town when reinforcements arrived.       | ARMED_ASSAULT",
        "Rebels set alight three buses and the town hall in the provincial capital on Thursday. | FACILITY_ATTACK",
        "Army troops and rebels were exchanging fire near the town of Jucuaran on Monday.      | ARMED_CLASH",
        "Fighting broke out in the northern province on Sunday, residents said.                | ARMED_CLASH",
        "Artillery shells landed on a residential district of the city overnight.              | SHELLING_AIRSTRIKE",
        "An air raid on the market town destroyed the main bridge on Saturday.                 | SHELLING_AIRSTRIKE",
        "Jets strafed a column of lorries on the coast road at dawn.                           | SHELLING_AIRSTRIKE",
        "Twelve tourists were taken hostage in the jungle on Monday.                          | HOSTAGE_TAKING",
        "The governor survived an attempt on his life on Wednesday in the capital.             | ASSASSINATION",
    })
    void newWordsReportIncidents(String text, Category expected) {
        Classification c = classify(text);
        assertThat(c.incident()).as(text).isTrue();
        assertThat(c.category()).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The company executed its plan to sell the division, the chief executive said.",
        "Engineers dynamited the old quarry face to make way for the new road.",
        "Investors were slaughtered as the shares collapsed on Monday.",
        "The minister was bombarded with questions about the budget.",
        "Children blow up balloons before the parade every year.",
        "The two parties skirmished over the wording of the motion.",
        "The old mill burned down in 1902 and was never rebuilt.",
    })
    void otherSensesStayNonIncidents(String text) {
        assertThat(classify(text).incident()).as(text).isFalse();
    }
}
