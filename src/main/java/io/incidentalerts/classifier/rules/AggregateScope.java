package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.text.Sentence;
import io.incidentalerts.classifier.text.Token;
import io.incidentalerts.classifier.toll.TollMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an {@link RuleKind#AGGREGATE} cue reaches in its sentence: its own clause, and the clause
 * after it when the cue opens the sentence. The counts and trigger words there sum a war, a campaign
 * or a span of time, and tell no incident.
 */
final class AggregateScope {

    private AggregateScope() {
    }

    /**
     * The tolls without those told in the clause of an aggregate cue: "127 PERSONS HAVE BEEN KILLED AND
     * 240 WOUNDED SINCE THE FIGHTING BEGAN", "the decade-long war has killed 40,000" ({@link Clauses}).
     */
    static List<TollMention> withoutTheirTolls(List<TollMention> toll, List<Match> aggregates,
                                               List<Token> tokens, Sentence s) {
        if (aggregates.isEmpty() || toll.isEmpty()) {
            return toll;
        }
        List<TollMention> kept = new ArrayList<>(toll.size());
        for (TollMention t : toll) {
            if (!covers(aggregates, tokens, s, t.from())) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** Whether token {@code at} lies in the clause of one of the aggregate cues, or in the clause after a fronted one. */
    static boolean covers(List<Match> aggregates, List<Token> tokens, Sentence s, int at) {
        for (Match a : aggregates) {
            if (Clauses.same(tokens, s, at, a.from())
                    || opensTheSentence(tokens, s, a) && at > a.from() && Clauses.marksBetween(tokens, a.from(), at) == 1) {
                return true;
            }
        }
        return false;
    }

    // "SINCE THE BEGINNING OF THE GUERRILLA OFFENSIVE ON 11 NOVEMBER, APPROXIMATELY 2,000 PEOPLE HAVE DIED":
    // a fronted aggregate also sums the clause after it, unlike one inside a noun phrase ("the deadliest
    // attack since the war began, a bomb killed 40")
    private static boolean opensTheSentence(List<Token> tokens, Sentence s, Match a) {
        for (int k = s.from(); k < a.from(); k++) {
            if (tokens.get(k).kind() == Token.Kind.WORD || tokens.get(k).kind() == Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }
}
