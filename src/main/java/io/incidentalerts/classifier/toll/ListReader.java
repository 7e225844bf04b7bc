package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.POSSESSIVES;
import static io.incidentalerts.classifier.toll.TollWords.PREPOSITIONS;
import static io.incidentalerts.classifier.toll.TollWords.REFLEXIVES;
import static io.incidentalerts.classifier.toll.TollWords.SAYING;
import static io.incidentalerts.classifier.toll.TollWords.SUBSET;

import io.incidentalerts.classifier.text.Token;

/**
 * List summing: further victim groups after an object, joined by "," / "and" / "as well as" /
 * "along with" ("killed a suspected bomber, a soldier, 4 paramilitaries and 4 civilians").
 */
final class ListReader {

    private final NumberReader numbers;

    ListReader(NumberReader numbers) {
        this.numbers = numbers;
    }

    /**
     * After an active object: further groups joined by "," / "and" / "as well as" / "along with"
     * ("killed a suspected bomber, a soldier, 4 paramilitaries and 4 civilians"). A group that starts
     * a new statement ("and 5 were wounded", ", a police spokesman said") ends the list.
     * Returns {added, end, reflexive seen (0/1), of the added: attackers}.
     */
    int[] continuation(TollSentence c, int at) {
        long add = 0;
        long attackers = 0;
        int end = at;
        int self = 0;
        int j = at;
        int limit = Math.min(c.to, at + 24);
        while (j < limit) {
            // the rest of the current group: plain words only, up to a joiner
            int words = 0;
            while (j < limit && c.tokens.get(j).kind() == Token.Kind.WORD && !isJoiner(c, j)
                    && c.tollAt[j - c.from] == null && !SUBSET.contains(c.norm(j)) && words < 9) {
                j++;
                words++;
            }
            if (j >= limit || !isJoiner(c, j)) {
                break;
            }
            int k = j + joinerLength(c, j);
            if (k < c.to && c.tokens.get(k).is("and")) {
                k++; // ", and 5 civilians"
            } else if (k < c.to && c.tokens.get(j).is(",") && isJoiner(c, k)) {
                k += joinerLength(c, k); // ", as well as 2 civilians"
            }
            if (k >= c.to) {
                break;
            }
            if (NumberReader.ageApposition(c.tokens, k, c.from, c.to) >= 0) {
                j = k + 1; // "the driver, 52, and three passengers": an age, and the list goes on
                continue;
            }
            long value;
            int groupEnd;
            NumberHit next = numbers.read(c.tokens, k, c.to);
            if (next != null && !next.article()) {
                value = next.value();
                groupEnd = next.to();
            } else if ((POSSESSIVES.contains(c.norm(k)) || (c.norm(k).equals("the") && k + 1 < c.to
                    && !c.norm(k + 1).endsWith("s"))) && (!c.tokens.get(j).is(",") || listGoesOn(c, k + 1))) {
                value = 1;
                groupEnd = k + 1;
            } else if (REFLEXIVES.contains(c.norm(k))) {
                value = 1;
                groupEnd = k + 1;
                self = 1;
            } else {
                break;
            }
            if (startsStatement(c, groupEnd)) {
                break;
            }
            for (int u = k; u < groupEnd; u++) {
                c.used[u - c.from] = true;
            }
            if (attackersInGroup(c, groupEnd)) {
                attackers += value;
            }
            add += value;
            end = groupEnd;
            j = groupEnd;
        }
        {
            // extend over the (last) group's noun, for the evidence span
            int q = end;
            while (q < Math.min(c.to, end + 3) && c.tokens.get(q).kind() == Token.Kind.WORD && !isJoiner(c, q)
                    && c.tollAt[q - c.from] == null && !PREPOSITIONS.contains(c.norm(q)) && !c.tokens.get(q).is("of")) {
                q++;
            }
            end = q;
        }
        return new int[] {(int) Math.min(add, Integer.MAX_VALUE), end, self, (int) Math.min(attackers, Integer.MAX_VALUE)};
    }

    /** The words of a list member after its count name attackers: "a suspected bomber", "5 gunmen". */
    static boolean attackersInGroup(TollSentence c, int groupEnd) {
        for (int q = groupEnd; q < Math.min(c.to, groupEnd + 3); q++) {
            if (c.perp(q)) {
                return true;
            }
            if (c.tokens.get(q).kind() != Token.Kind.WORD || isJoiner(c, q)) {
                return false;
            }
        }
        return false;
    }

    /** After ", a ...": an enumeration member is short and followed by another joiner, not an appositive. */
    static boolean listGoesOn(TollSentence c, int at) {
        for (int q = at; q < Math.min(c.to, at + 5); q++) {
            if (isJoiner(c, q)) {
                return true;
            }
            if (c.tokens.get(q).kind() != Token.Kind.WORD) {
                return false;
            }
        }
        return false;
    }

    static boolean isJoiner(TollSentence c, int j) {
        Token t = c.tokens.get(j);
        return t.is(",") || t.is("and") || (t.is("as") && j + 2 < c.to && c.tokens.get(j + 1).is("well")
                && c.tokens.get(j + 2).is("as")) || (t.is("along") && j + 1 < c.to && c.tokens.get(j + 1).is("with"));
    }

    static int joinerLength(TollSentence c, int j) {
        Token t = c.tokens.get(j);
        return t.is("as") ? 3 : t.is("along") ? 2 : 1;
    }

    /** True when the words after a group make it the subject of a new statement. */
    static boolean startsStatement(TollSentence c, int groupEnd) {
        for (int q = groupEnd; q < Math.min(c.to, groupEnd + 4); q++) {
            Token t = c.tokens.get(q);
            if (c.tollAt[q - c.from] != null || SAYING.contains(t.norm())) {
                return true;
            }
            if (t.kind() != Token.Kind.WORD || t.is("and")) {
                return false;
            }
        }
        return false;
    }
}
