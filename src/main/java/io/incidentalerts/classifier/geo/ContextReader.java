package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.dateline.Dateline;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the words around a mention: place cues, division words, person-name signs, qualifiers. */
final class ContextReader {

    private static final WordSet BORDER_WORDS = WordSet.of(AreaWords.BORDER_WORDS);
    private static final WordSet BORDER_LINKS = WordSet.of(AreaWords.BORDER_LINKS);
    private static final WordSet PEOPLE_NOUNS = WordSet.of(AreaWords.PEOPLE_NOUNS);
    private static final WordSet AUTHORITY_NOUNS = WordSet.of(AreaWords.AUTHORITY_NOUNS);
    private static final WordSet MISSION_WORDS = WordSet.of(AreaWords.MISSION_WORDS);
    private static final WordSet STREET_WORDS = WordSet.of(AreaWords.STREET_WORDS);
    private static final WordSet ARTICLES = WordSet.of(AreaWords.ARTICLES);
    private static final WordSet SPEECH_VERBS = WordSet.of(AreaWords.SPEECH_VERBS);
    private static final WordSet STATEMENT_VERBS = WordSet.of(AreaWords.STATEMENT_VERBS);
    private static final WordSet DIRECTIONS = WordSet.of(AreaWords.DIRECTIONS);
    private static final WordSet OF_PLACE_HEADS = WordSet.of(AreaWords.OF_PLACE_HEADS);
    private static final WordSet NAME_CONNECTORS = WordSet.of(AreaWords.NAME_CONNECTORS);
    private static final WordSet SURNAME_JOINERS = WordSet.of(AreaWords.SURNAME_JOINERS);
    private static final Set<String> QUALIFIER_JOINS = AreaWords.QUALIFIER_JOINS;

    private static final WordSet LOCATIVE = WordSet.of(AreaWords.LOCATIVE);
    private static final WordSet SETTLEMENT = WordSet.of(AreaWords.SETTLEMENT);
    private static final WordSet DIVISION = WordSet.of(AreaWords.DIVISION);
    private static final WordSet FACILITY = WordSet.of(AreaWords.FACILITY);
    private static final WordSet PERSON_TITLE = WordSet.of(AreaWords.PERSON_TITLE);
    private static final WordSet NEIGHBOURHOOD = WordSet.of(AreaWords.NEIGHBOURHOOD);
    private static final WordSet OF = WordSet.of(AreaWords.OF);
    private static final WordSet ISLAND = WordSet.of(AreaWords.ISLAND);
    private static final WordSet FROM = WordSet.of(AreaWords.FROM);
    private static final WordSet CAPITAL = WordSet.of(AreaWords.CAPITAL);

    private ContextReader() {
    }

    /** @param dateline the article's dateline, or null */
    static void describe(Mention m, String text, List<Token> tokens, boolean[] caseless, LowerCaseWords lowerWords,
                         Gazetteer gazetteer, Dateline dateline) {
        Token first = tokens.get(m.firstToken);
        boolean noCase = caseless[first.line()];
        Token prev = sameLine(text, tokens, m.firstToken - 1, first);
        Token prev2 = prev == null ? null : sameLine(text, tokens, m.firstToken - 2, prev);
        int back = 1;
        // "in the Red Sea city", "in northern Mali": read past an article and a direction word
        while (prev2 != null && back < 3 && (in(ARTICLES, prev) || in(DIRECTIONS, prev))) {
            back++;
            prev = prev2;
            prev2 = sameLine(text, tokens, m.firstToken - back - 1, prev);
        }
        Token next = sameLine(text, tokens, m.endToken, tokens.get(m.endToken - 1));
        m.sentenceStart = first.sentenceStart();
        m.caseless = noCase;

        boolean tightNext = next != null && onlySpaces(text, tokens.get(m.endToken - 1).end(), next.start());
        boolean tightPrev = prev != null && onlySpaces(text, tokens.get(m.firstToken - 1).end(), first.start());

        m.locativeCue = (in(LOCATIVE, prev) && tightPrev)
                || (OF.contains(prev) && (in(SETTLEMENT, prev2) || in(DIVISION, prev2)
                || in(OF_PLACE_HEADS, prev2)));
        m.locativeCue |= afterCuedUnknownName(text, tokens, m, first);
        m.neighbourhood = tightNext && in(NEIGHBOURHOOD, next);
        // "Kabul city" is the city; "the Escalon neighborhood" is a part of a city, not a town of that name
        m.settlementCue = (tightPrev && in(SETTLEMENT, prev)) || (OF.contains(prev) && in(SETTLEMENT, prev2))
                || (tightNext && in(SETTLEMENT, next) && !m.neighbourhood);
        m.divisionSuffix = tightNext && in(DIVISION, next);

        m.facilitySuffix = tightNext && in(FACILITY, next) && !in(DIVISION, next)
                && !in(SETTLEMENT, next);
        m.capitalCue = tightNext && CAPITAL.contains(next);
        m.border = (tightNext && in(BORDER_WORDS, next))
                || (in(BORDER_LINKS, prev) && in(BORDER_WORDS, prev2));
        m.origin = tightPrev && FROM.contains(prev);
        m.attribution = in(SPEECH_VERBS, next) || (in(LOCATIVE, prev) && in(STATEMENT_VERBS, prev2));
        m.nationality = tightNext && in(PEOPLE_NOUNS, next);
        m.localAuthority = tightNext && in(AUTHORITY_NOUNS, next);
        m.foreignMission = tightNext && in(MISSION_WORDS, next);
        m.streetName = tightNext && in(STREET_WORDS, next);
        // an Arabic article before the hyphen is already part of the mention (MentionFinder), so it is no compound
        m.compound = first.start() > 1 && text.charAt(first.start() - 1) == '-'
                && Character.isLetter(text.charAt(first.start() - 2));
        boolean titled = in(PERSON_TITLE, prev) // "DR RODRIGUEZ" reads the same in capitals
                || titledFirstName(text, tokens, m.firstToken, first);
        m.personLike = titled;
        if (!noCase) {
            boolean namedBefore = tightPrev && prev.upperInitial() && !prev.sentenceStart()
                    && !in(LOCATIVE, prev) && !in(SETTLEMENT, prev) && !in(FACILITY, prev) // "Inter Continental Hotel Kabul"
                    && !prev.allUpper();
            m.personLike |= namedBefore;
            m.namedAfter = continuesWithConnector(tokens, m, first.line())
                    || tightNext && next.upperInitial() && !endsPossessive(text, tokens.get(m.endToken - 1)) && !next.allUpper() && !in(FACILITY, next)
                    && !in(DIVISION, next) && !in(SETTLEMENT, next)
                    && !in(BORDER_WORDS, next) && !CAPITAL.contains(next);
        }
        NameIndex index = gazetteer.index();
        m.ordinaryWords = ordinaryWords(tokens, m, index);
        m.commonWord = index.has(m.entry, NameIndex.COMMON)
                || (m.endToken - m.firstToken == 1 && lowerWords.contains(first.hash()));
        // the place only: a qualifier after it counts through EventPlaceScorer.inDateline
        m.dateline = dateline != null && dateline.placeCovers(m.start, m.end);
        m.bureauDateline = m.dateline && dateline.qualifierInBrackets(text);
    }

    /**
     * "JOSE ANTONIO RODRIGUEZ", "Juan Perez, a reporter": a name right after a first name is a person,
     * in capitals and at a sentence start too, unless a locative places it or the first name is the end
     * of a place name itself. So is a name after a first name and a surname ("OSVALDO DIAZ SALVADOR"),
     * a known surname after a first name and a middle name that is no place or is read as a person itself
     * ("JOSE HERMOGENES MARTINEZ", "MARTA LUZ LOPEZ"),
     * a first name that is a place of its own ("CARLOS ANDRES PEREZ"), and a first name that is also a
     * place, right before a surname ("MODESTO RAMIREZ"). Hard-wrapped copy may break the name across
     * lines.
     */
    private static void afterGivenName(List<Mention> mentions, String text, List<Token> tokens, Gazetteer gazetteer) {
        Mention previous = null;
        for (Mention m : mentions) {
            if (!m.locativeCue && !m.personLike) {
                boolean afterFirstName = afterAFirstName(m, previous, text, tokens, gazetteer);
                m.personLike = afterFirstName || beforeASurname(m, text, tokens, gazetteer);
                if (afterFirstName && isTheFirstNameOf(previous, m, tokens, gazetteer)) {
                    previous.personLike = true; // "INTERVIEW WITH LEO CABRAL": the first name is no town either
                }
                m.personLike |= secondSurname(previous, m, text, tokens);
            }
            previous = m;
        }
    }

    // "ARTURO RIVERA Y DAMAS": a one-word name joined to a person's name by a surname joiner
    private static boolean secondSurname(Mention previous, Mention m, String text, List<Token> tokens) {
        if (previous == null || !previous.personLike || m.firstToken != previous.endToken + 1
                || m.endToken - m.firstToken != 1) {
            return false;
        }
        Token joiner = tokens.get(previous.endToken);
        Token name = tokens.get(m.firstToken);
        return in(SURNAME_JOINERS, joiner) && onlySpaces(text, previous.end, joiner.start())
                && onlySpaces(text, joiner.end(), name.start());
    }

    /**
     * "NORTHEASTERN SAN SALVADOR": a direction word right before a name says where in that place, even
     * when a division is named like it (Oman's Northeastern Governorate); it is no place of its own.
     */
    private static void directionsBeforeNames(List<Mention> mentions, String text, List<Token> tokens) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention d = mentions.get(k);
            Mention name = mentions.get(k + 1);
            if (d.endToken - d.firstToken == 1 && name.firstToken == d.endToken && in(DIRECTIONS, tokens.get(d.firstToken))
                    && onlySpaces(text, d.end, name.start)) {
                d.directionWord = true;
                d.commonWord = true;
            }
        }
    }

    // afterAFirstName accepted m; the first name right before it is the one-word mention previous
    private static boolean isTheFirstNameOf(Mention previous, Mention m, List<Token> tokens, Gazetteer gazetteer) {
        return previous != null && !previous.locativeCue && previous.endToken == m.firstToken
                && previous.endToken - previous.firstToken == 1 && gazetteer.givenName(tokens.get(previous.firstToken));
    }

    private static boolean afterAFirstName(Mention m, Mention previous, String text, List<Token> tokens,
                                           Gazetteer gazetteer) {
        int before = m.firstToken - 1;
        boolean inPrevious = previous != null && before < previous.endToken;
        // the word before may be a one-word place that is a first name ("ANDRES"), not the end of a longer one
        if (inPrevious && (previous.endToken - previous.firstToken != 1 || previous.locativeCue)) {
            return false;
        }
        Token t = nameWordBefore(m.firstToken, tokens.get(m.firstToken), text, tokens, m.caseless);
        if (t == null) {
            return false;
        }
        if (gazetteer.givenName(t)) {
            return true;
        }
        Token first = nameWordBefore(before, t, text, tokens, m.caseless);
        if (first == null || !gazetteer.givenName(first)) {
            return false;
        }
        // "OSVALDO DIAZ SALVADOR"; or a middle name the lists lack before a surname ("JOSE HERMOGENES MARTINEZ"),
        // or one that is a place read as a person already ("MARTA LUZ LOPEZ")
        return gazetteer.surname(t) || ((!inPrevious || previous.personLike) && m.endToken - m.firstToken == 1
                && gazetteer.surname(tokens.get(m.firstToken)));
    }

    private static boolean beforeASurname(Mention m, String text, List<Token> tokens, Gazetteer gazetteer) {
        if (m.endToken - m.firstToken != 1 || !gazetteer.givenName(tokens.get(m.firstToken))) {
            return false;
        }
        Token next = sameLine(text, tokens, m.endToken, tokens.get(m.firstToken));
        return next != null && (next.upperInitial() || m.caseless) && onlySpaces(text, m.end, next.start())
                && gazetteer.surname(next);
    }

    /** The capitalised word right before token {@code at}, on its line or the one before, or null. */
    private static Token nameWordBefore(int at, Token word, String text, List<Token> tokens, boolean caseless) {
        Token t = sameLine(text, tokens, at - 1, word);
        return t != null && (t.upperInitial() || caseless) && onlySpaces(text, t.end(), word.start()) ? t : null;
    }

    /**
     * "DR RODRIGUEZ PORTH ... FOLLOWING RODRIGUEZ PORTH'S DEATH": a name read as a person once is the
     * same person wherever the story repeats it without a locative ("in Rodriguez" stays a place).
     */
    private static void personThroughout(List<Mention> mentions) {
        Set<Integer> persons = null;
        for (Mention m : mentions) {
            if (m.personLike && !m.locativeCue && m.entry >= 0) {
                if (persons == null) {
                    persons = new HashSet<>();
                }
                persons.add(m.entry);
            }
        }
        if (persons == null) {
            return;
        }
        for (Mention m : mentions) {
            if (!m.locativeCue && persons.contains(m.entry)) {
                m.personLike = true;
            }
        }
    }

    /**
     * "Hyderabad, Pakistan" / "Almaty (Kazakhstan)": the second names the first one's country.
     * "from Sweden and Austria": the second shares the first one's origin reading.
     */
    static void linkQualifiers(List<Mention> mentions, String text, List<Token> tokens, Gazetteer gazetteer) {
        afterGivenName(mentions, text, tokens, gazetteer);
        personThroughout(mentions);
        directionsBeforeNames(mentions, text, tokens);
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention q = mentions.get(k + 1);
            if (q.directionWord) {
                continue; // "IN ESCALON NEIGHBORHOOD, NORTHEASTERN SAN SALVADOR": no Omani governorate qualifies it
            }
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
                q.qualifying = true;
            }
        }
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention q = mentions.get(k + 1);
            if (q.firstToken == m.endToken && q.start == m.end + 1 && m.namedAfter) {
                q.personLike = false; // "North Western Tigray": a place word before a place is no first name
            }
        }
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention d = mentions.get(k);
            Mention q = mentions.get(k + 1);
            if (q.qualifiers.isEmpty() && q.firstToken == d.endToken + 2 && areaOf(tokens, d.endToken)) {
                Set<String> codes = demonymCountries(d, gazetteer);
                if (!codes.isEmpty()) {
                    q.qualifiers = codes; // "the Nicaraguan town of San Carlos", "the Philippine island of Sulu"
                }
            }
        }
        for (int k = mentions.size() - 1; k > 0; k--) {
            Mention inner = mentions.get(k);
            Mention outer = mentions.get(k - 1);
            if (!inner.qualifiers.isEmpty() && outer.qualifiers.isEmpty()
                    && text.substring(outer.end, inner.start).trim().equals("(")) {
                outer.qualifiers = inner.qualifiers; // "Palma (Palma, Cabo Delgado)": the area places both
            }
        }
    }

    /** "town of", "island of", "province of" at {@code at}. */
    private static boolean areaOf(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && (in(SETTLEMENT, tokens.get(at)) || in(DIVISION, tokens.get(at))
                || in(ISLAND, tokens.get(at))) && in(OF, tokens.get(at + 1))
                && tokens.get(at).line() == tokens.get(at + 1).line();
    }

    private static Set<String> demonymCountries(Mention d, Gazetteer gazetteer) {
        Set<String> codes = new HashSet<>();
        for (NameRef ref : d.refs) {
            if (ref.kind() != NameRef.Kind.DEMONYM) {
                return Set.of();
            }
            codes.add(gazetteer.countryCodeOf(ref));
        }
        return codes;
    }

    private static boolean conjunction(String text, int from, int to) {
        return QUALIFIER_JOINS.contains(text.substring(from, to).trim());
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
        Token cue = tokens.get(c);
        return in(LOCATIVE, cue) || OF.contains(cue) || in(SETTLEMENT, cue);
    }

    private static boolean continuesWithConnector(List<Token> tokens, Mention m, int line) {
        int c = m.endToken;
        if (c + 1 >= tokens.size() || tokens.get(c + 1).line() != line) {
            return false;
        }
        Token connector = tokens.get(c);
        return !connector.upperInitial() && in(NAME_CONNECTORS, connector) && tokens.get(c + 1).upperInitial();
    }

    private static boolean endsPossessive(String text, Token t) {
        return t.end() - t.start() > 2 && WordView.isApostrophe(text.charAt(t.end() - 2));
    }


    /** "INSPECTOR EULOGIO FLORES": a title, one name word, then the mention: a person's surname. */
    private static boolean titledFirstName(String text, List<Token> tokens, int at, Token first) {
        Token name = sameLine(text, tokens, at - 1, first);
        Token title = name == null ? null : sameLine(text, tokens, at - 2, name);
        return title != null && in(PERSON_TITLE, title) && name.upperInitial() && !in(LOCATIVE, name)
                && !in(ARTICLES, name) && !OF.contains(name) && !in(DIRECTIONS, name) && !in(SETTLEMENT, name)
                && !in(DIVISION, name) && onlySpaces(text, title.end(), name.start())
                && onlySpaces(text, name.end(), first.start());
    }

    private static boolean in(WordSet words, Token t) {
        return words.contains(t);
    }

    /**
     * The token at index when it is on the line of its neighbour (the token next to it), or on the
     * next or previous line with nothing but one line break between them: hard-wrapped wire copy
     * breaks "IN" / "SAN SALVADOR" across lines.
     */
    private static Token sameLine(String text, List<Token> tokens, int index, Token neighbour) {
        if (index < 0 || index >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(index);
        if (t.line() == neighbour.line()) {
            return t;
        }
        if (Math.abs(t.line() - neighbour.line()) != 1) {
            return null;
        }
        boolean before = t.start() < neighbour.start();
        return onlySpaces(text, before ? t.end() : neighbour.end(), before ? neighbour.start() : t.start()) ? t : null;
    }

    // Spaces, or one line break with spaces around it, and no more than a few characters.
    private static boolean onlySpaces(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != '\u00a0' && c != '\r') {
                return false;
            }
        }
        return breaks <= 1 && (breaks == 1 || to - from <= 3);
    }

    private static boolean ordinaryWords(List<Token> tokens, Mention m, NameIndex index) {
        if (m.endToken - m.firstToken == 1) {
            return index.has(m.entry, NameIndex.DICTIONARY);
        }
        for (int k = m.firstToken; k < m.endToken; k++) {
            int word = index.find(tokens.get(k).hash());
            if (!index.has(word, NameIndex.DICTIONARY) && !index.has(word, NameIndex.STOP)) {
                return false;
            }
        }
        return true;
    }
}
