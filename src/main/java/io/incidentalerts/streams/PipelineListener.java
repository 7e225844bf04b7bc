package io.incidentalerts.streams;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.identity.IncidentState;

/** What the pipeline reports as it goes; metrics implement it, tests may record it. */
public interface PipelineListener {

    PipelineListener NONE = new PipelineListener() {
    };

    default void classified(Classification result, long nanos) {
    }

    /** @param recordTimestampMs the input record's timestamp */
    default void alerted(AlertData alert, long recordTimestampMs) {
    }

    default void deadLettered(RejectReason reason) {
    }

    /** An article joined a known incident and told nothing new: no alert. */
    default void duplicate(IncidentState incident) {
    }
}
