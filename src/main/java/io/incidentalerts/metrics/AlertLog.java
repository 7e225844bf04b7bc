package io.incidentalerts.metrics;

import static net.logstash.logback.argument.StructuredArguments.keyValue;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.streams.PipelineListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per alert, with identifiers and the classifier's verdict only. Article text (title,
 * body, evidence) and URLs stay out of the logs: they are large, may be sensitive, and the alert
 * topic already carries them. With LOG_FORMAT=json each value is also a field of its own.
 */
public final class AlertLog implements PipelineListener {

    public static final String LOGGER = "io.incidentalerts.alerts";
    static final int MAX_ID_CHARS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final String QUOTED = "{0}=\"{1}\"";

    @Override
    public void alerted(AlertData alert, long recordTimestampMs) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Casualties toll = alert.casualties() == null ? Casualties.NONE : alert.casualties();
        LOG.info("Alert raised {} {} {} {} {} {} {} {}",
                keyValue("incidentId", clean(alert.incidentId())),
                keyValue("articleId", clean(alert.articleId()), QUOTED),
                keyValue("category", alert.category()),
                keyValue("severity", alert.severity()),
                keyValue("region", ServiceMetrics.regionTag(alert.region()), QUOTED),
                keyValue("killed", toll.killed()),
                keyValue("injured", toll.injured()),
                keyValue("confidence", alert.confidence()));
    }

    /** Ids come from the input: keep them to one short line so they cannot forge log lines. */
    static String clean(String id) {
        if (id == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(id.length(), MAX_ID_CHARS + 3));
        for (int i = 0; i < id.length() && i < MAX_ID_CHARS; i++) {
            char c = id.charAt(i);
            out.append(Character.isISOControl(c) || c == '"' ? '?' : c);
        }
        if (id.length() > MAX_ID_CHARS) {
            out.append("...");
        }
        return out.toString();
    }
}
