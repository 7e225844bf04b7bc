package io.incidentalerts.metrics;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.identity.IncidentState;
import io.incidentalerts.surge.SurgeData;
import io.incidentalerts.streams.PipelineListener;
import java.util.List;

/** Hands every pipeline event to several listeners, in order. */
public final class CompositeListener implements PipelineListener {

    private final List<PipelineListener> listeners;

    private CompositeListener(List<PipelineListener> listeners) {
        this.listeners = listeners;
    }

    public static PipelineListener of(PipelineListener... listeners) {
        return new CompositeListener(List.of(listeners));
    }

    @Override
    public void classified(Classification result, long nanos) {
        listeners.forEach(l -> l.classified(result, nanos));
    }

    @Override
    public void alerted(AlertData alert, long recordTimestampMs) {
        listeners.forEach(l -> l.alerted(alert, recordTimestampMs));
    }

    @Override
    public void deadLettered(RejectReason reason) {
        listeners.forEach(l -> l.deadLettered(reason));
    }

    @Override
    public void classifierFailed(String articleId, Class<? extends Throwable> failure) {
        listeners.forEach(l -> l.classifierFailed(articleId, failure));
    }

    @Override
    public void duplicate(IncidentState incident) {
        listeners.forEach(l -> l.duplicate(incident));
    }

    @Override
    public void surged(SurgeData surge) {
        listeners.forEach(l -> l.surged(surge));
    }
}
