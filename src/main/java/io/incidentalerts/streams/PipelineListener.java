package io.incidentalerts.streams;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.identity.IncidentState;
import io.incidentalerts.surge.SurgeData;

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

    /** The classifier threw on an article; the record goes on to the dead-letter topic. */
    default void classifierFailed(String articleId, Class<? extends Throwable> failure) {
    }

    /** An article joined a known incident and told nothing new: no alert. */
    default void duplicate(IncidentState incident) {
    }

    /** A region's 24 h count of new incidents in one category rose above its surge threshold. */
    default void surged(SurgeData surge) {
    }
}
