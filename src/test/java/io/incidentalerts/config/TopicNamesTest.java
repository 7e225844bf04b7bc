package io.incidentalerts.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.Regions;
import org.junit.jupiter.api.Test;

class TopicNamesTest {

    @Test
    void regionTopicsUseReadableSlugs() {
        assertThat(TopicNames.DEFAULT.regionTopic("Central Asia")).isEqualTo("incident.alerts.central-asia");
        assertThat(TopicNames.slug("South-eastern Asia")).isEqualTo("south-eastern-asia");
        assertThat(TopicNames.slug("  Australia and New Zealand ")).isEqualTo("australia-and-new-zealand");
        assertThat(TopicNames.slug("Côte--d'Ivoire")).isEqualTo("c-te-d-ivoire");
        assertThat(Regions.M49_SUB_REGIONS.stream().map(TopicNames::slug).distinct()).hasSize(23);
    }
}
