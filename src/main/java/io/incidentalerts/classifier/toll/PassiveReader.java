package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.AGENT_RELATIVES;
import static io.incidentalerts.classifier.toll.TollWords.COUNT_UNKNOWN;
import static io.incidentalerts.classifier.toll.TollWords.GAP;
import static io.incidentalerts.classifier.toll.TollWords.GENERIC_GROUPS;
import static io.incidentalerts.classifier.toll.TollWords.MORE_WORDS;
import static io.incidentalerts.classifier.toll.TollWords.OTHERS;
import static io.incidentalerts.classifier.toll.TollWords.PREPOSITIONS;
import static io.incidentalerts.classifier.toll.TollWords.QUALIFIERS;
import static io.incidentalerts.classifier.toll.TollWords.SINGULAR_AUX;
import static io.incidentalerts.classifier.toll.TollWords.SUBJECT_ENDS;
import static io.incidentalerts.classifier.toll.TollWords.SUBSET;
import static io.incidentalerts.classifier.toll.TollWords.TIME_CLAUSE;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.rules.Rule;
import io.incidentalerts.classifier.text.Token;
import java.util.List;

/**
 * Passive statements: a count, up to {@value TollWords#GAP} words, then a casualty word: "Three police
 * officers and one civilian were killed" (groups joined by "and" are summed), "2 dead", "seven police
 * are being treated in hospital". "a"/"an" counts as 1 before "was"/"is" + casualty word when it heads
 * the whole subject, and before "were" when a short first group starts a list ("a farmer and three
 * traders were killed" = 4; not "a bomb exploded and two people were killed"); counts after
 * "including"/"among" are subsets and are skipped.
 */
final class PassiveReader {

    /** Words of an article-headed first group in a list subject: "a police officer". */
    private static final int MAX_HEAD_WORDS = 2;

    private final NumberReader numbers;

    PassiveReader(NumberReader numbers) {
        this.numbers = numbers;
    }

    /** A counted subject then a casualty word; attackers counted apart from the victims go to {@code out}. */
    TollMention passive(TollSentence c, NumberHit num, List<TollMention> out) {
        int before = num.from() - 1;
        if (before > c.from && (c.tokens.get(before).is("the") || c.tokens.get(before).is("these"))) {
            before--;
        }
        // "in the 2 attacks, 40 people were killed": a number in a leading phrase is no subject
        boolean leadingPhrase = before >= c.from && PREPOSITIONS.contains(c.norm(before));
        List<Token> tokens = c.tokens;
        int to = c.to;
        long first = num.value() + namedBeforeOthers(c, num);
        long more = 0;
        long attackersMore = 0;
        boolean subset = false;
        boolean relativeClause = false;
        boolean perpetrators = true;
        boolean perpSeen = false;
        boolean moreWord = false;
        int depth = 0;
        int counted = 0;
        int auxAt = -1;
        boolean listHead = false; // "a farmer and ...": the article's group is a person, then a list
        int[] pending = new int[8];
        int pendingN = 0;
        for (int j = num.to(); j < to && counted < GAP; j++) {
            Token t = tokens.get(j);
            if (t.isBreak() || t.is(";") || t.is(":") || t.is(".")) {
                return null;
            }
            if (t.is("(")) {
                depth++;
                continue;
            }
            if (t.is(")")) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (relativeClause) {
                relativeClause = !t.is(",");
                continue;
            }
            if ((t.is("who") || t.is("which")) && j > num.to() && tokens.get(j - 1).is(",")) {
                relativeClause = true; // "a Czech citizen, who died of her wounds in hospital, were killed"
                continue;
            }
            if (SUBSET.contains(t.norm())) {
                if (auxAt >= 0) {
                    return null; // "several children were among those killed": a part of a toll given elsewhere
                }
                subset = true; // "11 people, including 7 police officers and a doctor, were killed"
                continue;
            }
            if (subset || depth > 0) {
                if (t.is(",")) {
                    subset = false;
                }
                if (c.tollAt[j - c.from] == null) {
                    continue;
                }
            }
            counted++;
            if (j < num.to() + 3 && c.perp(j)) {
                perpSeen = true; // "3 gunmen", "three of the attackers"
            }
            if (t.is("not") || t.is("never")) {
                return null; // "two riders crashed but were not seriously hurt"
            }
            if (TIME_CLAUSE.contains(t.norm()) || SUBJECT_ENDS.contains(t.norm())) {
                return null; // "took a woman hostage before he was killed": another subject
            }
            if (COUNT_UNKNOWN.contains(t.norm()) && j + 1 < to && tokens.get(j + 1).is("of")) {
                return null; // "the number of people killed is not known"
            }
            if (MORE_WORDS.contains(t.norm()) && !(j + 1 < to && tokens.get(j + 1).is("than"))) {
                moreWord = true;
            }
            Match m = c.tollAt[j - c.from];
            if (m != null) {
                Rule r = m.rule();
                if (!r.passive() || r.active() && j > num.to() && AGENT_RELATIVES.contains(tokens.get(j - 1).norm())) {
                    return null; // "three men who shot the guard": the count did it
                }
                int after = m.to();
                for (int guard = 0; guard < 3 && after < to && c.skipEndByStart[after - c.from] > after; guard++) {
                    after = c.skipEndByStart[after - c.from];
                }
                NumberHit object = after < to ? numbers.read(tokens, after, to) : null;
                if (object != null && !object.article()) {
                    return null; // "gunmen killed 5": the count belongs to the object, not to the subject
                }
                boolean singular = j > 0 && SINGULAR_AUX.contains(tokens.get(j - 1).norm())
                        || j > 1 && SINGULAR_AUX.contains(tokens.get(j - 2).norm());
                // "a bomb exploded in the market and a policeman was killed": one subject, the last
                if (num.article() && (singular ? more > 0 : !(more > 0 && listHead))) {
                    return null;
                }
                for (int u = 0; u < pendingN; u++) {
                    c.used[pending[u] - c.from] = true;
                }
                // "40 people, 6 soldiers and 34 civilians, were killed": a breakdown, not extra groups
                boolean breakdown = more == first && breakdownHead(c, num);
                if (perpetrators && perpSeen) {
                    return new TollMention(r.killed(), breakdown ? first : first + more, num.from(), m.to(),
                            TollMention.Role.PERPETRATORS);
                }
                // "22 civilians, 2 police officers and 5 attackers were killed": 24 victims, 5 attackers
                long attackers = (perpSeen && !breakdown ? first : 0) + attackersMore;
                long victims = (breakdown ? first : perpSeen ? more : first + more) - attackersMore;
                if (victims <= 0) {
                    return new TollMention(r.killed(), attackers, num.from(), m.to(), TollMention.Role.PERPETRATORS);
                }
                PerpetratorReader.addAttackers(out, r.killed(), attackers, num.from(), m.to());
                return new TollMention(r.killed(), victims, num.from(), m.to(),
                        moreWord ? TollMention.Role.MORE : TollMention.Role.VICTIMS);
            }
            if (auxAt >= 0 && j - auxAt > 3) {
                return null; // "100 people were freed ... and 6 gunmen were killed": the verb was not a casualty word
            }
            if (t.is("were") || t.is("was") || t.is("are") || t.is("is")) {
                auxAt = j;
            }
            if (t.is(",") && leadingPhrase) {
                return null;
            }
            if ((t.is("and") || t.is(",")) && j + 1 < to && NumberReader.ageApposition(tokens, j + 1, c.from, to) < 0) {
                NumberHit next = numbers.read(tokens, j + 1, to); // a further group, unless an age: "a farmer, 42,"
                boolean part = next != null && (next.to() < to && tokens.get(next.to()).is("of")
                        || tokens.get(j + 1).is("both") || tokens.get(j + 1).is("all")); // ", both Americans," restates
                if (next != null && !part && auxAt < 0) {
                    if (more == 0) {
                        listHead = num.article() && t.is("and") && personGroup(c, num.from(), j);
                    }
                    more += next.value();
                    boolean attackerGroup = PerpetratorReader.startsWithAttackers(c, next.to());
                    perpetrators &= attackerGroup;
                    attackersMore += attackerGroup ? next.value() : 0;
                    if (pendingN < pending.length) {
                        pending[pendingN++] = next.from();
                    }
                    j = next.to() - 1;
                    continue;
                }
            }
            if (t.kind() == Token.Kind.NUMBER && !isAge(c, j) && NumberReader.ageApposition(tokens, j, c.from, to) < 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Hariri and 21 others were killed": the one named before "and N others" is a victim too (22).
     * Not when a count precedes the name ("two soldiers and 3 others": the groups are summed).
     */
    private int namedBeforeOthers(TollSentence c, NumberHit num) {
        if (num.to() >= c.to || !OTHERS.contains(c.norm(num.to()))) {
            return 0;
        }
        int k = num.from() - 1;
        while (k > c.from && QUALIFIERS.contains(c.norm(k))) {
            k--; // "and at least 20 others"
        }
        if (k - 1 < c.from || !c.tokens.get(k).is("and") || c.tokens.get(k - 1).kind() != Token.Kind.WORD
                || GENERIC_GROUPS.contains(c.norm(k - 1))) {
            return 0;
        }
        for (int q = Math.max(c.from, k - 4); q < k; q++) {
            if (c.tokens.get(q).kind() == Token.Kind.NUMBER || numbers.read(c.tokens, q, k) != null) {
                return 0;
            }
        }
        for (int q = k - 1; q >= c.from && !c.tokens.get(q).is(","); q--) {
            if (c.tollAt[q - c.from] != null) {
                return 0; // "two were killed and four others were injured": "and" joins clauses, not names
            }
        }
        return 1;
    }

    /**
     * "a farmer", "a police officer": one or two plain words after the article at {@code article}, none
     * of them a verb's past form, an attacker's word or a preposition ("a bomb exploded", "a man in the
     * crowd").
     */
    private static boolean personGroup(TollSentence c, int article, int to) {
        int from = article + 1;
        if (to - from < 1 || to - from > MAX_HEAD_WORDS) {
            return false;
        }
        for (int q = from; q < to; q++) {
            Token t = c.tokens.get(q);
            if (t.kind() != Token.Kind.WORD || t.norm().endsWith("ed") || c.perp(q) || PREPOSITIONS.contains(t.norm())
                    || c.tollAt[q - c.from] != null) {
                return false;
            }
        }
        return true;
    }

    /** "a 32 year old civilian": an age inside the subject, not a second count. */
    static boolean isAge(TollSentence c, int j) {
        return j + 1 < c.to && (c.tokens.get(j + 1).is("year") || c.tokens.get(j + 1).is("years")
                || c.norm(j + 1).startsWith("-year"));
    }

    /** "40 people, 6 soldiers and 34 civilians": a generic first group ("people") then a comma. */
    static boolean breakdownHead(TollSentence c, NumberHit num) {
        int q = num.to();
        if (q < c.to && GENERIC_GROUPS.contains(c.norm(q))) {
            q++;
        }
        return q < c.to && (c.tokens.get(q).is(",") || c.tokens.get(q).is("("));
    }
}
