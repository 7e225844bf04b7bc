package io.incidentalerts.classifier.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the words around a mention: place cues, division words, person-name signs, qualifiers. */
final class ContextReader {

    private static final int DATELINE_LINES = 5;
    private static final int DATELINE_MAX_LEAD_WORDS = 3;

    private static final Set<String> BORDER_WORDS = Set.of("border", "borders", "frontier", "boundary");
    private static final Set<String> BORDER_LINKS = Set.of("with", "of");

    // Nouns after a demonym that describe someone's nationality or origin rather than the place.
    private static final Set<String> PEOPLE_NOUNS = Set.of("citizen", "citizens", "national", "nationals",
            "man", "men", "woman", "women", "boy", "girl", "teenager", "tourist", "tourists", "worker", "workers",
            "engineer", "engineers", "student", "students", "suspect", "suspects", "born", "origin", "descent",
            "immigrant", "immigrants", "migrant", "migrants", "refugee", "refugees", "asylum", "expatriate",
            "expatriates", "diplomat", "diplomats", "attacker", "terrorist", "assailant", "extremist", "jihadist",
            "descended", "passport", "nationality", "journalist", "journalists", "aid", "hostage", "hostages");

    // Nouns after a demonym that point at the country's own institutions ("Afghan police").
    private static final Set<String> AUTHORITY_NOUNS = Set.of("police", "security", "authorities", "officials",
            "government", "interior", "media", "officers", "army", "province", "city", "town", "village",
            "capital", "villagers", "residents", "president", "prime");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    // "officials in Paris said": where a statement comes from, which is often not where the event was.
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "announced", "stated",
            "reported", "confirmed", "condemned", "warned", "added");
    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "downtown", "rural", "remote");
    // "mayor of Nice", "residents of Aleppo", "north of Kabul": the name after "of" is a place.
    private static final Set<String> OF_PLACE_HEADS = Set.of("mayor", "governor", "residents", "inhabitants",
            "people", "centre", "center", "heart", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outside", "part", "parts", "streets", "suburbs", "south-east");
    // Lower-case joining words inside longer proper names ("Notre Dame de Nice", "Bella Vista del Mar").
    private static final Set<String> NAME_CONNECTORS = Set.of("de", "del", "des", "du", "da", "la", "le",
            "di", "van", "von");

    private ContextReader() {
    }

    static void describe(Mention m, String text, List<Token> tokens, boolean[] caseless, LowerCaseWords lowerWords,
                         Gazetteer gazetteer) {
        Token first = tokens.get(m.firstToken);
        boolean noCase = caseless[first.line()];
        Token prev = sameLine(tokens, m.firstToken - 1, first);
        Token prev2 = prev == null ? null : sameLine(tokens, m.firstToken - 2, first);
        int back = 1;
        // "in the Red Sea city", "in northern Mali": read past an article and a direction word
        while (prev2 != null && back < 3 && (in(ARTICLES, prev.key()) || in(DIRECTIONS, prev.key()))) {
            back++;
            prev = prev2;
            prev2 = sameLine(tokens, m.firstToken - back - 1, first);
        }
        Token next = sameLine(tokens, m.endToken, tokens.get(m.endToken - 1));
        m.sentenceStart = first.sentenceStart();
        m.caseless = noCase;

        String prevKey = keyOf(prev);
        String prev2Key = keyOf(prev2);
        String nextKey = keyOf(next);
        boolean tightNext = next != null && onlySpaces(text, tokens.get(m.endToken - 1).end(), next.start());
        boolean tightPrev = prev != null && onlySpaces(text, tokens.get(m.firstToken - 1).end(), first.start());

        m.locativeCue = (prevKey != null && in(AreaWords.LOCATIVE, prevKey) && tightPrev)
                || ("of".equals(prevKey) && prev2Key != null
                && (in(AreaWords.SETTLEMENT, prev2Key) || in(AreaWords.DIVISION, prev2Key)
                || in(OF_PLACE_HEADS, prev2Key)));
        m.locativeCue |= afterCuedUnknownName(text, tokens, m, first);
        m.settlementCue = (tightPrev && prevKey != null && in(AreaWords.SETTLEMENT, prevKey))
                || (tightNext && nextKey != null && in(AreaWords.SETTLEMENT, nextKey));
        m.divisionSuffix = tightNext && nextKey != null && in(AreaWords.DIVISION, nextKey);

        m.facilitySuffix = tightNext && in(AreaWords.FACILITY, nextKey) && !in(AreaWords.DIVISION, nextKey)
                && !in(AreaWords.SETTLEMENT, nextKey);
        m.capitalCue = tightNext && "capital".equals(nextKey);
        m.border = (tightNext && in(BORDER_WORDS, nextKey))
                || (in(BORDER_LINKS, prevKey) && in(BORDER_WORDS, prev2Key));
        m.origin = tightPrev && "from".equals(prevKey);
        m.attribution = in(SPEECH_VERBS, nextKey);
        m.nationality = tightNext && in(PEOPLE_NOUNS, nextKey);
        m.localAuthority = tightNext && in(AUTHORITY_NOUNS, nextKey);
        m.compound = first.start() > 1 && text.charAt(first.start() - 1) == '-'
                && Character.isLetter(text.charAt(first.start() - 2));
        if (!noCase) {
            boolean titled = in(AreaWords.PERSON_TITLE, prevKey);
            boolean namedBefore = tightPrev && prev.upperInitial() && !prev.sentenceStart()
                    && !in(AreaWords.LOCATIVE, prevKey) && !in(AreaWords.SETTLEMENT, prevKey)
                    && !prev.allUpper();
            m.personLike = titled || namedBefore;
            m.namedAfter = continuesWithConnector(tokens, m, first.line())
                    || tightNext && next.upperInitial() && !endsPossessive(text, tokens.get(m.endToken - 1)) && !next.allUpper() && !in(AreaWords.FACILITY, nextKey)
                    && !in(AreaWords.DIVISION, nextKey) && !in(AreaWords.SETTLEMENT, nextKey)
                    && !in(BORDER_WORDS, nextKey) && !"capital".equals(nextKey);
        }
        m.key = nameKey(tokens, m);
        m.commonWord = gazetteer.isCommonWord(m.key)
                || (m.endToken - m.firstToken == 1 && lowerWords.contains(m.key, m.firstToken));
        m.dateline = isDateline(m, text, tokens, first, next);
    }

    /**
     * "Hyderabad, Pakistan" / "Almaty (Kazakhstan)": the second names the first one's country.
     * "from Sweden and Austria": the second shares the first one's origin reading.
     */
    static void linkQualifiers(List<Mention> mentions, String text, List<Token> tokens, Gazetteer gazetteer) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention q = mentions.get(k + 1);
            if (q.firstToken == m.endToken + 1 && (m.origin || m.nationality) && conjunction(text, m.end, q.start)) {
                q.origin |= m.origin;
            }
            boolean areaWordBetween = q.firstToken == m.endToken + 1 && (m.divisionSuffix || m.settlementCue);
            int gapStart = areaWordBetween ? tokens.get(m.endToken).end() : m.end;
            if ((q.firstToken != m.endToken && !areaWordBetween) || !qualifierGap(text, gapStart, q.start)) {
                continue;
            }
            Set<String> codes = new HashSet<>();
            for (NameRef ref : q.refs) {
                if (ref.kind() == NameRef.Kind.COUNTRY || ref.kind() == NameRef.Kind.ADMIN1) {
                    codes.add(gazetteer.countryCodeOf(ref));
                }
            }
            if (!codes.isEmpty()) {
                m.qualifiers = codes;
                m.dateline |= headOfEarlyLine(tokens, m.firstToken); // "Kabul, Afghanistan (AP) -"
            }
        }
    }

    private static boolean headOfEarlyLine(List<Token> tokens, int index) {
        Token t = tokens.get(index);
        return t.line() < DATELINE_LINES && (index == 0 || tokens.get(index - 1).line() != t.line());
    }

    private static boolean conjunction(String text, int from, int to) {
        String gap = text.substring(from, to).trim();
        return gap.equals("and") || gap.equals("or") || gap.equals(",") || gap.equals("&");
    }

    private static boolean qualifierGap(String text, int from, int to) {
        int commas = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '(') {
                commas++;
            } else if (c != ' ') {
                return false;
            }
        }
        return commas == 1;
    }

    // Wire datelines: "KABUL (Reuters) -", "SAN SALVADOR, 3 JAN 90 --", "AFP Almaty (Kazakhstan)".
    private static boolean isDateline(Mention m, String text, List<Token> tokens, Token first, Token next) {
        if (first.line() >= DATELINE_LINES) {
            return false;
        }
        int lead = 0;
        for (int k = m.firstToken - 1; k >= 0 && tokens.get(k).line() == first.line(); k--) {
            if (!tokens.get(k).allUpper()) {
                return false;
            }
            lead++;
        }
        if (lead > DATELINE_MAX_LEAD_WORDS) {
            return false;
        }
        boolean capsName = true;
        for (int k = m.firstToken; k < m.endToken; k++) {
            capsName &= tokens.get(k).allUpper();
        }
        char after = nextNonSpace(text, m.end);
        boolean separator = after == ',' || after == '(' || after == '-' || after == '—' || after == '–';
        return separator && (capsName || lead > 0 || after == '(');
    }

    private static char nextNonSpace(String text, int from) {
        for (int i = from; i < text.length() && i < from + 5; i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                return c;
            }
        }
        return ' ';
    }

    // "in Indanan, Sulu" / "village of Nogolait, Highland Papua": the unknown first name carries the
    // place cue, and the known second name is where it lies.
    private static boolean afterCuedUnknownName(String text, List<Token> tokens, Mention m, Token first) {
        int u = m.firstToken - 1;
        if (u < 1 || !text.substring(tokens.get(u).end(), first.start()).trim().equals(",")) {
            return false;
        }
        Token unknown = tokens.get(u);
        if (!unknown.upperInitial() || unknown.line() != first.line()) {
            return false;
        }
        int c = u - 1;
        while (c >= 0 && tokens.get(c).upperInitial() && u - c < 3) {
            c--; // the unknown name may have up to three words
        }
        if (c < 0) {
            return false;
        }
        String cue = tokens.get(c).key();
        return in(AreaWords.LOCATIVE, cue) || "of".equals(cue) || in(AreaWords.SETTLEMENT, cue);
    }

    private static boolean continuesWithConnector(List<Token> tokens, Mention m, int line) {
        int c = m.endToken;
        if (c + 1 >= tokens.size() || tokens.get(c + 1).line() != line) {
            return false;
        }
        Token connector = tokens.get(c);
        return !connector.upperInitial() && in(NAME_CONNECTORS, connector.key()) && tokens.get(c + 1).upperInitial();
    }

    private static boolean endsPossessive(String text, Token t) {
        return t.end() - t.start() > 2 && Tokenizer.isApostrophe(text.charAt(t.end() - 2));
    }

    private static boolean in(Set<String> words, String key) {
        return key != null && words.contains(key);
    }

    private static Token sameLine(List<Token> tokens, int index, Token anchor) {
        if (index < 0 || index >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(index);
        return t.line() == anchor.line() ? t : null;
    }

    private static String keyOf(Token t) {
        return t == null ? null : t.key();
    }

    private static boolean onlySpaces(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static String nameKey(List<Token> tokens, Mention m) {
        StringBuilder key = new StringBuilder();
        for (int k = m.firstToken; k < m.endToken; k++) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(tokens.get(k).key());
        }
        return key.toString();
    }
}
