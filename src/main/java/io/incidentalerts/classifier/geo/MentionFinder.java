package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.dateline.Dateline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds gazetteer names in tokenised text: at each word, the longest run of up to
 * {@link Gazetteer#maxNameWords()} words whose folded key is in the index, checked against the
 * text's capitalisation. Lines written in capitals (or texts without any) carry no case signal.
 */
final class MentionFinder {

    private static final Set<String> ARTICLE_PREFIXES = AreaWords.ARTICLE_PREFIXES;

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** @param dateline the article's dateline, or null */
    List<Mention> find(String text, List<Token> tokens, Dateline dateline) {
        boolean[] caseless = CaseProfile.caselessLines(tokens);
        LowerCaseWords lowerWords = new LowerCaseWords(tokens, caseless);
        List<Mention> mentions = new ArrayList<>();
        int[] entries = new int[gazetteer.maxNameWords()];
        int i = 0;
        while (i < tokens.size()) {
            Mention m = longestAt(text, tokens, i, entries, caseless);
            if (m == null) {
                i++;
                continue;
            }
            if (m.refs.length == 0) { // a stop phrase: skip its words
                i = m.endToken;
                continue;
            }
            m = withGluedArticle(text, tokens, m);
            ContextReader.describe(m, text, tokens, caseless, lowerWords, gazetteer, dateline);
            if (dateline == null || !dateline.afterPlaceCovers(m.start, m.end)) {
                mentions.add(m); // a broadcaster's name in the source marker is no place ("RADIO NACIONAL")
            }
            i = m.endToken;
        }
        ContextReader.linkQualifiers(mentions, text, tokens, gazetteer);
        return mentions;
    }

    /**
     * An Arabic article glued by a hyphen ("in al-Hasakeh", "near el-Arish") belongs to the name even
     * where the gazetteer lists the name without it: the mention takes it in, so that the words
     * before it ("in") are read as the name's context.
     */
    private static Mention withGluedArticle(String text, List<Token> tokens, Mention m) {
        if (m.firstToken == 0) {
            return m;
        }
        Token article = tokens.get(m.firstToken - 1);
        if (article.end() + 1 != m.start || text.charAt(article.end()) != '-'
                || !ARTICLE_PREFIXES.contains(article.key())) {
            return m;
        }
        Mention glued = new Mention(m.firstToken - 1, m.endToken, article.start(), m.end, m.refs);
        glued.entry = m.entry;
        return glued;
    }

    // entries[n - 1]: the index entry of the first n words, extended while they start a longer name
    private Mention longestAt(String text, List<Token> tokens, int i, int[] entries, boolean[] caseless) {
        Token first = tokens.get(i);
        if (!Character.isLetter(first.firstChar())) {
            return null;
        }
        boolean noCase = caseless[first.line()];
        if (!noCase && !first.upperInitial()) {
            return null;
        }
        NameIndex index = gazetteer.index();
        long h = first.hash();
        entries[0] = index.find(h);
        if (entries[0] < 0) {
            return null;
        }
        int words = 1;
        for (int n = 1; n < entries.length && i + n < tokens.size() && index.has(entries[n - 1], NameIndex.PREFIX); n++) {
            Token prev = tokens.get(i + n - 1);
            Token next = tokens.get(i + n);
            if (next.hash() == NameHash.NONE || !joinable(text, prev, next)) {
                break;
            }
            h = NameHash.join(h, next.hash());
            entries[n] = index.find(h);
            words = n + 1;
        }
        boolean headOfLine = i == 0 || tokens.get(i - 1).line() != first.line();
        if (!noCase && isAcronym(first) && !headOfLine) {
            if (!index.has(entries[0], NameIndex.UPPER_ONLY)) {
                return null;
            }
            Mention m = acronymMention(tokens, i, index.refs(entries[0]));
            if (m != null) {
                m.entry = entries[0];
            }
            return m;
        }
        for (int n = words; n >= 1; n--) {
            int entry = entries[n - 1];
            if (n > 1 && index.has(entry, NameIndex.STOP)) {
                return new Mention(i, i + n, first.start(), tokens.get(i + n - 1).end(), new NameRef[0]);
            }
            NameRef[] refs = index.refs(entry);
            if (refs.length == 0) {
                continue;
            }
            Token last = tokens.get(i + n - 1);
            if (!noCase && !innerWordsCapitalised(tokens, i, n)) {
                continue;
            }
            NameRef[] usable = index.has(entry, NameIndex.UPPER_ONLY) ? usableRefs(refs, tokens, i, n, noCase) : refs;
            if (usable.length > 0) {
                Mention m = new Mention(i, i + n, first.start(), last.end(), usable);
                m.entry = entry;
                return m;
            }
        }
        return null;
    }

    // In mixed-case text a short all-caps word is an acronym ("NATO", "ISIS"): only names listed as
    // capitals-only ("UK", "USA") may match it, except at the head of a line (wire datelines).
    private static boolean isAcronym(Token t) {
        return t.allUpper() && t.end() - t.start() <= 5;
    }

    private static Mention acronymMention(List<Token> tokens, int i, NameRef[] refs) {
        int kept = 0;
        NameRef[] out = new NameRef[refs.length];
        for (NameRef ref : refs) {
            if (ref.upperOnly()) {
                out[kept++] = ref;
            }
        }
        return kept == 0 ? null
                : new Mention(i, i + 1, tokens.get(i).start(), tokens.get(i).end(), java.util.Arrays.copyOf(out, kept));
    }

    /**
     * Words of one name are separated only by spaces, a hyphen or an apostrophe, on one line, or by
     * a single line break: hard-wrapped wire copy breaks names across lines ("SAN" / "SALVADOR").
     */
    private static boolean joinable(String text, Token prev, Token next) {
        if (next.start() - prev.end() > 3) {
            return false;
        }
        int breaks = 0;
        for (int k = prev.end(); k < next.start(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != '-' && c != '‐' && c != '\r' && !WordView.isApostrophe(c)) {
                return false;
            }
        }
        return breaks == 0 ? prev.line() == next.line() : breaks == 1 && next.line() == prev.line() + 1;
    }

    // Short joining words ("ez", "de", "al") may be lower case inside a name; longer ones may not.
    private static boolean innerWordsCapitalised(List<Token> tokens, int i, int n) {
        for (int k = i + 1; k < i + n; k++) {
            Token t = tokens.get(k);
            if (!t.upperInitial() && t.end() - t.start() > 3) {
                return false;
            }
        }
        return true;
    }

    private static NameRef[] usableRefs(NameRef[] refs, List<Token> tokens, int i, int n, boolean noCase) {
        boolean writtenInCapitals = true;
        for (int k = i; k < i + n; k++) {
            writtenInCapitals &= tokens.get(k).allUpper();
        }
        int kept = 0;
        NameRef[] out = new NameRef[refs.length];
        for (NameRef ref : refs) {
            if (ref.upperOnly() && (noCase || !writtenInCapitals)) {
                continue;
            }
            out[kept++] = ref;
        }
        return kept == refs.length ? refs : java.util.Arrays.copyOf(out, kept);
    }

}
