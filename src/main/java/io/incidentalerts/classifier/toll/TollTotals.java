package io.incidentalerts.classifier.toll;

/**
 * Combines the casualty statements of one article, in reading order, into killed and injured totals:
 * victims = the first VICTIMS figure plus every killed MORE figure, replaced by the latest UPDATE
 * when that is higher; attackers killed (PERPETRATORS) are added when {@code countPerpetrators}
 * (GTD convention: perpetrator deaths are part of the total), or when {@code targetsIfNoVictims} and
 * no victim was reported (an air strike on a camp kills fighters: they were its targets); injured
 * attackers are never added;
 * TRANSFER moves people from injured to killed; ASSAULTED ("stabbed 3 people") is the injured figure
 * only when nobody was reported killed or injured otherwise. Accumulates without allocating.
 */
public final class TollTotals {

    private final boolean countPerpetrators;
    private final boolean targetsIfNoVictims;
    private TollMention firstPerpetrators;
    private TollMention firstKilled;
    private TollMention firstInjured;
    private long killedMore;
    private long killedUpdate = -1;
    private long injuredUpdate = -1;
    private long killedPerpetrators;
    private long transferred;
    private TollMention firstAssaulted;

    /**
     * @param countPerpetrators  add attackers killed (GTD totals)
     * @param targetsIfNoVictims the attackers' word names the killed when no victim was reported
     */
    public TollTotals(boolean countPerpetrators, boolean targetsIfNoVictims) {
        this.countPerpetrators = countPerpetrators;
        this.targetsIfNoVictims = targetsIfNoVictims;
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
                if (t.killed()) {
                    killedPerpetrators += v;
                    if (firstPerpetrators == null) {
                        firstPerpetrators = t;
                    }
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
        return firstKilled == null && perpetratorsAreTheTargets() ? firstPerpetrators : firstKilled;
    }

    private boolean perpetratorsAreTheTargets() {
        return targetsIfNoVictims && killedPerpetrators > 0 && victims(firstKilled, killedMore, killedUpdate) + transferred == 0;
    }

    public TollMention injuredEvidence() {
        return firstInjured == null && assaultedAreTheInjured() ? firstAssaulted : firstInjured;
    }

    private boolean assaultedAreTheInjured() {
        return firstAssaulted != null && firstInjured == null && injuredUpdate < 0 && killed() == 0;
    }

    public long killed() {
        long victims = victims(firstKilled, killedMore, killedUpdate) + transferred;
        return countPerpetrators || perpetratorsAreTheTargets() ? victims + killedPerpetrators : victims;
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
