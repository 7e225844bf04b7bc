package io.incidentalerts.identity;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds an article into its incident. What counts as news (an UPDATE): a higher killed or injured
 * count, a more specific category (lower GTD precedence, so copies that disagree cannot flip it back
 * and forth), a sharper place (finer precision), or a higher severity. Anything else is a duplicate:
 * the state still records the outlet and the article, but no alert is raised.
 */
public final class IncidentMerger {

    public static final String CASUALTIES = "casualties";
    public static final String CATEGORY = "category";
    public static final String LOCATION = "location";
    public static final String SEVERITY = "severity";

    private IncidentMerger() {
    }

    public static Decision open(String incidentId, Report r, Instant now) {
        IncidentVersion first = new IncidentVersion(1, AlertType.NEW, r.articleId(), r.outlet(), now, List.of(),
                r.category(), r.severity(), r.location(), r.casualties(), r.title(), r.evidence());
        IncidentState state = new IncidentState(incidentId, 1, r.category(), r.severity(), r.confidence(),
                r.location(), r.casualties(), r.time(), r.time(), now, List.of(r.outlet()), false, 1,
                List.of(r.articleId()), List.of(first));
        return new Decision(Decision.Kind.NEW, new KnownIncident(state, List.of(r.text())), List.of());
    }

    public static Decision merge(KnownIncident known, Report r, Instant now) {
        IncidentState s = known.state();
        List<String> changed = new ArrayList<>();
        Casualties casualties = s.casualties();
        if (r.casualties().killed() > casualties.killed() || r.casualties().injured() > casualties.injured()) {
            casualties = new Casualties(Math.max(r.casualties().killed(), casualties.killed()),
                    Math.max(r.casualties().injured(), casualties.injured()));
            changed.add(CASUALTIES);
        }
        Category category = s.category();
        if (r.category() != null && r.category() != category
                && (category == null || r.category().precedence() < category.precedence())) {
            category = r.category();
            changed.add(CATEGORY);
        }
        Location location = s.location();
        if (Places.sharper(r.location(), location)) {
            location = r.location();
            changed.add(LOCATION);
        }
        Severity severity = s.severity();
        if (r.severity() != null && (severity == null || r.severity().compareTo(severity) > 0)) {
            severity = r.severity();
            changed.add(SEVERITY);
        }
        List<String> sources = withOutlet(s.sources(), r.outlet());
        List<String> articleIds = new ArrayList<>(s.articleIds());
        if (articleIds.size() < IncidentState.MAX_ARTICLE_IDS && !articleIds.contains(r.articleId())) {
            articleIds.add(r.articleId());
        }
        boolean update = !changed.isEmpty();
        int version = update ? s.version() + 1 : s.version();
        List<IncidentVersion> versions = new ArrayList<>(s.versions());
        if (update) {
            versions.add(new IncidentVersion(version, AlertType.UPDATE, r.articleId(), r.outlet(), now, changed,
                    category, severity, location, casualties, r.title(), r.evidence()));
            if (versions.size() > IncidentState.MAX_VERSIONS) {
                versions.remove(1);
            }
        }
        Instant first = r.time().isBefore(s.firstSeen()) ? r.time() : s.firstSeen();
        Instant last = r.time().isAfter(s.lastSeen()) ? r.time() : s.lastSeen();
        IncidentState next = new IncidentState(s.incidentId(), version, category, severity,
                Math.max(s.confidence(), r.confidence()), location, casualties, first, last, now, sources,
                sources.size() >= 2, s.articles() + 1, articleIds, versions);
        boolean distinctText = update || known.texts().stream().allMatch(t -> r.text().copySimilarity(t) < 0.9);
        return new Decision(update ? Decision.Kind.UPDATE : Decision.Kind.DUPLICATE,
                known.with(next, r.text(), distinctText), changed);
    }

    /** Distinct outlets, compared without case; an outlet already listed is not added again. */
    static List<String> withOutlet(List<String> sources, String outlet) {
        String key = outlet.toLowerCase(Locale.ROOT);
        if (sources.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(key))
                || sources.size() >= IncidentState.MAX_SOURCES) {
            return sources;
        }
        List<String> more = new ArrayList<>(sources);
        more.add(outlet);
        return more;
    }
}
