package io.incidentalerts.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsMetricNamesButNotFunctionsLabelsOrKeywords() {
        String expr = "histogram_quantile(0.99, sum by (le) (rate(a_seconds_bucket{instance=~\"$x\", b=\"c{d}\"}[5m])))"
                + " * 60 and on (instance) (time() - max by (instance) (process_start_time_seconds)) > 900 unless up";
        assertThat(PromQl.metricNames(expr)).containsExactly("a_seconds_bucket", "process_start_time_seconds", "up");
    }

    @Test
    void readsEveryQueryOfTheKit() throws Exception {
        assertThat(Kit.dashboardQueries()).hasSizeGreaterThan(10)
                .allSatisfy(q -> assertThat(PromQl.metricNames(q)).isNotEmpty());
        assertThat(Kit.ruleQueries()).hasSize(7)
                .allSatisfy(q -> assertThat(PromQl.metricNames(q)).isNotEmpty());
    }
}
