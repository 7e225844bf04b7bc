package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Severity;
import java.util.EnumSet;
import java.util.Set;

/**
 * Severity as a function of toll, category and signal weight (documented in
 * {@code classifier/README.md}, section "Severity"):
 * <pre>
 *   base    CRITICAL if killed >= 10 or injured >= 50
 *           HIGH     if killed >= 3  or injured >= 10
 *           MODERATE if killed >= 1  or injured >= 1
 *           LOW      otherwise
 *   floor   MODERATE for bombing, assassination, hijacking, kidnapping, hostage taking, shelling
 *   signals +1 level for a total signal weight >= 2, +2 for >= 5 (lockdown, red alert, manhunt ...)
 * </pre>
 */
public final class SeverityRules {

    private static final Set<Category> GRAVE = EnumSet.of(Category.BOMBING, Category.ASSASSINATION,
            Category.HIJACKING, Category.KIDNAPPING, Category.HOSTAGE_TAKING, Category.SHELLING_AIRSTRIKE);

    private SeverityRules() {
    }

    public static Severity severity(Casualties toll, Category category, int signalWeight) {
        int level;
        if (toll.killed() >= 10 || toll.injured() >= 50) {
            level = 3;
        } else if (toll.killed() >= 3 || toll.injured() >= 10) {
            level = 2;
        } else if (toll.killed() >= 1 || toll.injured() >= 1) {
            level = 1;
        } else {
            level = 0;
        }
        if (GRAVE.contains(category)) {
            level = Math.max(level, 1);
        }
        if (signalWeight >= 5) {
            level += 2;
        } else if (signalWeight >= 2) {
            level += 1;
        }
        Severity[] all = Severity.values();
        return all[Math.min(level, all.length - 1)];
    }
}
