package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.AGENTS;
import static io.incidentalerts.classifier.toll.TollWords.COLLECTIVE_HEADS;
import static io.incidentalerts.classifier.toll.TollWords.DETERMINERS;
import static io.incidentalerts.classifier.toll.TollWords.GENERIC_GROUPS;
import static io.incidentalerts.classifier.toll.TollWords.KIN;
import static io.incidentalerts.classifier.toll.TollWords.KIN_POSSESSIVES;
import static io.incidentalerts.classifier.toll.TollWords.MORE_WORDS;
import static io.incidentalerts.classifier.toll.TollWords.NAME_STOPS;
import static io.incidentalerts.classifier.toll.TollWords.PREPOSITIONS;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.text.Token;
import java.util.List;

/**
 * A list of single persons without numbers as the subject of "were" + casualty word, or of "died"
 * told with its cause ("Ana Ruiz and her son died in the blast"): "Ana Ruiz,
 * Pedro Diaz and Luis Mora were killed", "JOSE PEREZ, 21, AND JUAN GOMEZ, 20, WERE MURDERED",
 * "Maria Lopez, 34, and her son were shot dead" count one per member. A member is one person when
 * an age follows it (", 34," or ", 20 years old,"), when it is "his"/"her"/"their" and a singular
 * kin word ("her son"), or, in mixed-case copy only, when it is two to four capitalised words (a
 * name) that do not end in a body's word ("Treasury Police"), or one that closed a full name told
 * in an earlier sentence ("AIG Asharf Noor ... Noor and his guard were killed"). Any other member drops the whole list
 * ("Police, soldiers and firefighters were injured": plural heads are not one each), except a
 * leading phrase set off by a comma ("In Kabul, Ana Ruiz and ..."); a second "and" ends the list
 * ("stormed the Hotel Ritz and Ana Ruiz and Luis Mora were killed" is two).
 */
final class NamedListReader {

    /** Words in one member: "Mayor Ana Maria Ruiz". */
    private static final int MAX_MEMBER_WORDS = 4;

    private final TollSentence c;
    /** The sentence's tokens: word v of it is token {@link #at}(v) of {@code c.tokens}. */
    private final List<Token> words;
    private final boolean caseless;

    private NamedListReader(TollSentence c) {
        this.c = c;
        this.words = c.tokens.subList(c.from, c.to);
        this.caseless = c.caseless();
    }

    private int at(int v) {
        return c.from + v;
    }

    static void namedSubjects(TollSentence c, List<TollMention> out) {
        NamedListReader r = null;
        for (int j = c.from + 2; j < c.to; j++) {
            Match m = c.tollAt[j - c.from];
            if (m == null || !m.rule().passive() || TollSentence.covered(out, j)) {
                continue;
            }
            if (r == null) {
                r = new NamedListReader(c);
            }
            TollMention list = r.subjectOf(m);
            if (list != null && !TollSentence.covered(out, list.from())) {
                out.add(list);
            }
        }
    }

    /** The persons listed before "were" and the casualty word {@code m}, or null. */
    private TollMention subjectOf(Match m) {
        int v = indexOf(m.from());
        if (v < 2) {
            return null;
        }
        if (!m.rule().active() && !words.get(v - 1).is("were") && SingularReader.diedOf(c, m.to())) {
            int[] died = members(v); // "Ana Ruiz, 34, and her son died in the blast": "died" told with its cause
            return died == null || died[0] < 2 ? null
                    : new TollMention(m.rule().killed(), died[0], at(died[1]), m.to(), TollMention.Role.VICTIMS, false);
        }
        int aux = v - 1;
        boolean also = MORE_WORDS.contains(norm(aux));
        if (also || words.get(aux).kind() == Token.Kind.WORD && !words.get(aux).is("were")) {
            aux--; // "were also killed", "were later shot dead"
        }
        if (aux < 1 || !words.get(aux).is("were")) {
            return null;
        }
        int[] list = members(aux);
        return list == null ? null : new TollMention(m.rule().killed(), list[0], at(list[1]), m.to(),
                also ? TollMention.Role.MORE : TollMention.Role.VICTIMS, false);
    }

    private int indexOf(int token) {
        return token >= c.from && token < c.to ? token - c.from : -1;
    }

    /**
     * Reads the members back from {@code e}, the word after the last one ("were"): {count, first
     * word}, or null when the list is not all single persons.
     */
    private int[] members(int e) {
        int count = 0;
        int first = e;
        boolean joined = false; // the list's "and" is behind us
        while (true) {
            int wordsEnd = e;
            int age = -1;
            if (words.get(e).is(",")) {
                age = NumberReader.ageClosedAt(words, e, 0, words.size()); // "Ana Ruiz, 34, Luis Mora"
            } else if (e - 1 > 0 && words.get(e - 1).is(",")) {
                age = NumberReader.ageClosedAt(words, e - 1, 0, words.size()); // "her son, 12, were"
                if (age < 0 && words.get(e).is("and")) {
                    wordsEnd = e - 1; // ", and"
                } else if (age < 0) {
                    return null; // "..., both teachers, were killed": an apposition this reader does not read
                }
            }
            if (age >= 0) {
                wordsEnd = age;
            }
            int s = memberStart(wordsEnd, age >= 0);
            if (s < 0) {
                return words.get(e).is(",") && count >= 2 && leadingPhrase(e) ? new int[] {count, first} : null;
            }
            count++;
            first = s;
            if (s == 0 || !(words.get(s - 1).is("and") || words.get(s - 1).is(","))) {
                break; // the list opens the clause: "Police said Ana Ruiz and ..."
            }
            if (words.get(s - 1).is("and")) {
                if (joined) {
                    break; // "Gunmen stormed the Hotel Ritz and Ana Ruiz and Luis Mora were killed": "and" between clauses
                }
                joined = true;
            }
            e = s - 1;
        }
        return count >= 2 ? new int[] {count, first} : null;
    }

    /**
     * The first word of one member ending before {@code e}, or -1 when the words there are not one
     * person. An aged member is any run of plain words; a kin phrase is a possessive and a kin word;
     * a name is a run of capitalised words, in mixed-case copy only.
     */
    private int memberStart(int e, boolean aged) {
        if (e - 2 >= 0 && KIN.contains(norm(e - 1)) && KIN_POSSESSIVES.contains(norm(e - 2))) {
            return e - 2; // "her son"
        }
        int s = e;
        while (s > 0 && e - s < MAX_MEMBER_WORDS && isWordPart(s - 1) && (aged || !caseless && c.upperInitial(at(s - 1)))) {
            s--;
        }
        if (s == e) {
            return -1;
        }
        if (aged) {
            return s > 0 && DETERMINERS.contains(norm(s - 1)) ? s - 1 : s; // "the driver, 52,"
        }
        String head = norm(e - 1); // "National Guard", "Treasury Police": a body, not a person
        boolean body = COLLECTIVE_HEADS.contains(head) || AGENTS.contains(head) || GENERIC_GROUPS.contains(head);
        return !caseless && !body && (e - s >= 2 || surnameOfANameBefore(at(s))) ? s : -1;
    }

    /** "AIG Asharf Noor ... Noor and his guard were killed": one word that closed a full name told before. */
    private boolean surnameOfANameBefore(int token) {
        String word = c.tokens.get(token).norm();
        for (int i = 1; i < c.from; i++) {
            if (c.tokens.get(i).norm().equals(word) && c.upperInitial(i)
                    && c.tokens.get(i - 1).kind() == Token.Kind.WORD && c.upperInitial(i - 1)) {
                return true;
            }
        }
        return false;
    }

    /** A word that may be part of a person's description: no joiner, number, casualty word, attacker or function word. */
    private boolean isWordPart(int v) {
        Token t = words.get(v);
        int i = at(v);
        return t.kind() == Token.Kind.WORD && !t.is("and") && c.tollAt[i - c.from] == null && !c.perp(i)
                && !NAME_STOPS.contains(t.norm()) && !PREPOSITIONS.contains(t.norm()) && !c.used[i - c.from];
    }

    /** The words before the comma at {@code e} open the sentence with a preposition: "In Kabul, ...". */
    private boolean leadingPhrase(int e) {
        int q = e - 1;
        while (q > 0 && !words.get(q - 1).is(",")) {
            q--;
        }
        return q >= 0 && q < e && PREPOSITIONS.contains(norm(q));
    }

    private String norm(int v) {
        return words.get(v).norm();
    }
}
