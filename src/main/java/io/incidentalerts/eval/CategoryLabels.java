package io.incidentalerts.eval;

import io.incidentalerts.classifier.Category;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which classifier categories count as correct for a label. The dev list's labels map as:
 * Explosion, Bombing -> BOMBING; Assault -> ARMED_ASSAULT or UNARMED_ASSAULT (stabbings and
 * shootings alike); Hostage -> HOSTAGE_TAKING or KIDNAPPING. A label spelled like one of our own
 * categories ("ARMED_CLASH") accepts exactly that category.
 */
public final class CategoryLabels {

    private CategoryLabels() {
    }

    public static Set<Category> accepted(String label) {
        if (label == null) {
            return Set.of();
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "explosion", "bombing" -> EnumSet.of(Category.BOMBING);
            case "assault" -> EnumSet.of(Category.ARMED_ASSAULT, Category.UNARMED_ASSAULT);
            case "hostage", "kidnapping" -> EnumSet.of(Category.HOSTAGE_TAKING, Category.KIDNAPPING);
            default -> {
                for (Category c : Category.values()) {
                    if (c.name().equalsIgnoreCase(l.replace(' ', '_'))) {
                        yield EnumSet.of(c);
                    }
                }
                yield Set.of();
            }
        };
    }
}
