package io.incidentalerts.classifier.toll;

/**
 * Combines the casualty statements of one article, in reading order, into killed and injured totals:
 * victims = the first VICTIMS figure plus every killed MORE figure, replaced by the latest UPDATE
 * when that is higher; attackers killed (PERPETRATORS) are added when {@code countPerpetrators}
 * (GTD convention: perpetrator deaths are part of the total); injured attackers are never added;
 * TRANSFER moves people from injured to killed; ASSAULTED ("stabbed 3 people") is the injured figure
 * only when nobody was reported killed or injured otherwise. Accumulates without allocating.
 */
public final class TollTotals {

    private final boolean countPerpetrators;
    private TollMention firstKilled;
    private TollMention firstInjured;
    private long killedMore;
    private long killedUpdate = -1;
    private long injuredUpdate = -1;
    private long killedPerpetrators;
    private long transferred;
    private TollMention firstAssaulted;

    public TollTotals(boolean countPerpetrators) {
        this.countPerpetrators = countPerpetrators;
    }

    public void add(TollMention t) {
        long v = t.value();
        switch (t.role()) {
            case VICTIMS -> {
                if (t.killed() && firstKilled == null) {
                    firstKilled = t;
                } else if (!t.killed() && firstInjured == null) {
                    firstInjured = t;
                }
            }
            case MORE -> {
                if (t.killed()) {
                    if (firstKilled == null) {
                        firstKilled = t;
                    } else {
                        killedMore += v;
                    }
                } else if (firstInjured == null) {
                    firstInjured = t; // "four more people were hurt" lists are too often re-counts to add
                }
            }
            case UPDATE -> {
                if (t.killed()) {
                    killedUpdate = v;
                    if (firstKilled == null) {
                        firstKilled = t;
                    }
                } else {
                    injuredUpdate = v;
                    if (firstInjured == null) {
                        firstInjured = t;
                    }
                }
            }
            case PERPETRATORS -> {
                if (t.killed() && countPerpetrators) {
                    killedPerpetrators += v;
                }
            }
            case TRANSFER -> transferred += v;
            case ASSAULTED -> {
                if (firstAssaulted == null) {
                    firstAssaulted = t;
                }
            }
        }
    }

    /** The statement shown as evidence for killed, or null. */
    public TollMention killedEvidence() {
        return firstKilled;
    }

    public TollMention injuredEvidence() {
        return firstInjured == null && assaultedAreTheInjured() ? firstAssaulted : firstInjured;
    }

    private boolean assaultedAreTheInjured() {
        return firstAssaulted != null && firstInjured == null && injuredUpdate < 0 && killed() == 0;
    }

    public long killed() {
        return victims(firstKilled, killedMore, killedUpdate) + killedPerpetrators + transferred;
    }

    public long injured() {
        if (assaultedAreTheInjured()) {
            return firstAssaulted.value();
        }
        long base = victims(firstInjured, 0, injuredUpdate);
        return Math.max(0, base - transferred);
    }

    private static long victims(TollMention first, long more, long update) {
        long v = (first == null ? 0 : first.value()) + more;
        return update > v ? update : v;
    }
}
