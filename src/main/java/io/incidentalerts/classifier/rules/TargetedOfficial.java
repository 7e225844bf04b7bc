package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.text.Token;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An attack aimed at a prominent person, dead or not (the GTD's assassination): "shot Prime Minister
 * Yitzhak Rabin", "fired at former Prime Minister Benazir Bhutto", "killed Gisela Mota, the newly
 * inaugurated mayor", "struck the motorcade of former Prime Minister Rafik Hariri", "the governor of
 * West Darfur was abducted and killed". An official followed by a saying word is the source, not the
 * target ("killed two soldiers, the defence minister said"). Setting fire to a mayor's home or taking a
 * mayor hostage is a facility attack or a hostage-taking unless someone is killed.
 */
final class TargetedOfficial {

    /** Words between an attack word and the official it hits directly: "shot dead a community social leader". */
    private static final int OBJECT_GAP = 2;
    /** A name between the attack word and the appositive: "killed Gisela Mota, the ...". */
    private static final int NAME_TOKENS = 3;
    /** Modifiers inside the appositive: "the newly inaugurated mayor". */
    private static final int APPOSITIVE_MODIFIERS = 3;
    /** Words between "the motorcade of" and the official: "the former interior minister". */
    private static final int TARGET_GAP = 3;
    /** Words between a passive subject and its verb: "the governor of West Darfur was abducted". */
    private static final int PASSIVE_GAP = 5;
    /** The office's seat after "of", in a passive subject: "the mayor of a town in Mexico's Guerrero state was". */
    private static final int SEAT_GAP = 9;
    /** An attack "outside the Ambassador Hotel" or "near the mayor" was not aimed at the person. */
    private static final Set<String> LOCATIVES = SentenceWords.BESIDE_OFFICIAL;
    /** Words that open a clause of their own: a seat phrase ends before them. */
    private static final Set<String> RELATIVE_PRONOUNS = SentenceWords.CLAUSE_OPENERS;
    /** Attacks on property or on liberty: aimed at an official only when someone is killed too. */
    private static final Set<Category> CAPTURE_OR_PROPERTY = EnumSet.of(Category.KIDNAPPING, Category.HOSTAGE_TAKING,
            Category.HIJACKING, Category.FACILITY_ATTACK, Category.RIOT);

    private TargetedOfficial() {
    }

    /** The official the sentence's attack aims at, or null. */
    static Match find(List<Token> tokens, List<Match> attacks, List<Match> officials, List<Match> targets,
            List<Match> sayings, boolean killing) {
        for (Match o : officials) {
            if (isSource(o, sayings)) {
                continue;
            }
            for (Match t : attacks) {
                if (!killing && t.rule().category() != null && CAPTURE_OR_PROPERTY.contains(t.rule().category())) {
                    continue;
                }
                if (t.to() <= o.from() && (object(tokens, t.to(), o.from()) || appositive(tokens, t.to(), o.from())
                        || throughTarget(t, o, targets))) {
                    return o;
                }
                if (o.to() <= t.from() && passiveSubject(tokens, o.to(), t.from(), sayings)) {
                    return o;
                }
            }
        }
        return null;
    }

    private static boolean isSource(Match official, List<Match> sayings) {
        for (Match s : sayings) {
            if (s.from() >= official.to() && s.from() - official.to() <= 3) { // "the minister (of X) said"
                return true;
            }
        }
        return false;
    }

    private static boolean object(List<Token> tokens, int from, int to) {
        return to - from <= OBJECT_GAP && words(tokens, from, to);
    }

    private static boolean appositive(List<Token> tokens, int from, int to) {
        for (int comma = from + 1; comma <= from + NAME_TOKENS && comma < to; comma++) {
            if (tokens.get(comma).is(",")) {
                return words(tokens, from, comma) && to - comma - 1 <= APPOSITIVE_MODIFIERS + 1
                        && words(tokens, comma + 1, to);
            }
        }
        return false;
    }

    private static boolean throughTarget(Match attack, Match official, List<Match> targets) {
        for (Match c : targets) {
            if (c.from() >= attack.to() && c.from() - attack.to() <= OBJECT_GAP
                    && c.to() <= official.from() && official.from() - c.to() <= TARGET_GAP) {
                return true;
            }
        }
        return false;
    }

    private static boolean passiveSubject(List<Token> tokens, int from, int to, List<Match> sayings) {
        if (to - from < 1 || !(tokens.get(to - 1).is("was") || tokens.get(to - 1).is("were"))) {
            return false;
        }
        if (to - from <= PASSIVE_GAP && words(tokens, from, to)) {
            return true;
        }
        return tokens.get(from).is("of") && to - from <= SEAT_GAP && seat(tokens, from + 1, to - 1, sayings);
    }

    /** A place phrase, locatives allowed ("a town in X state"), with no clause of its own inside. */
    private static boolean seat(List<Token> tokens, int from, int to, List<Match> sayings) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD || RELATIVE_PRONOUNS.contains(t.norm())) {
                return false;
            }
        }
        for (Match s : sayings) {
            if (s.from() >= from && s.from() < to) {
                return false;
            }
        }
        return true;
    }

    private static boolean words(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() != Token.Kind.WORD || LOCATIVES.contains(tokens.get(i).norm())) {
                return false;
            }
        }
        return true;
    }
}
