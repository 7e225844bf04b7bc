package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.text.Months;
import io.incidentalerts.classifier.text.Sentence;
import io.incidentalerts.classifier.text.Token;
import io.incidentalerts.classifier.toll.TollExtractor;
import io.incidentalerts.classifier.toll.TollMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides, sentence by sentence, whether a violent event is reported:
 * <ol>
 *   <li>trigger words overlapped by a NOT_TRIGGER phrase ("heart attack") are dropped, and so
 *       are triggers contained in a longer trigger;</li>
 *   <li>a trigger right after a HYPOTHETICAL word (at most two words between: "foiled a bomb
 *       plot", "threatened to attack", "did not attack") or right before plot/plan/threat/hoax is
 *       dropped: prevented, planned, threatened or denied violence is not an incident;</li>
 *   <li>a hard frame (trial, anniversary, film, drill) drops every trigger of the sentence;</li>
 *   <li>a strong trigger stands alone, but inside a soft frame (sport, business, politics,
 *       accident, disaster) it needs a toll;</li>
 *   <li>a weak trigger needs support: a toll, a perpetrator or a weapon, or for attack-type words
 *       a victim; inside a soft frame it needs a toll and a perpetrator or weapon;</li>
 *   <li>with no trigger, a weapon plus a toll ("two bombs killed 44") or, outside a soft frame, plus
 *       one person killed ("Jose Rodriguez was killed by two bullets"), or a perpetrator plus a toll
 *       or a killing, in a soft frame too ("militants killed five soldiers", "the bank manager was
 *       killed by gunmen"), or outside one plus a weapon ("armed men used explosives") counts.</li>
 * </ol>
 */
public final class SentenceReader {

    private static final int HYPOTHETICAL_REACH = 3;
    private static final int MAX_ASSASSINATED = 2;
    private static final int SCENE_REACH = 3;
    private static final Set<String> SCENE_LINKS = SentenceWords.SCENE_LINKS;
    private static final Set<String> RELATIVE_PRONOUNS = SentenceWords.RELATIVE_PRONOUNS;
    private static final Set<String> MONTHS = Months.NAMES;

    private final PhraseLexicon lexicon;
    private final TollExtractor tolls;

    public SentenceReader(PhraseLexicon lexicon, TollExtractor tolls) {
        this.lexicon = lexicon;
        this.tolls = tolls;
    }

    /**
     * @param text          the analysed text the tokens index (its capitals tell names in mixed-case copy)
     * @param publishedYear year of publication, or 0 if unknown (then years never mark background)
     */
    public SentenceFacts read(String text, List<Token> tokens, Sentence s, int publishedYear) {
        List<Match> matches = new ArrayList<>(16); // a sentence of the JMH corpus has 6 on average, rarely more than 16
        lexicon.matchAll(tokens, s.from(), s.to(), matches);
        // one list per kind, made on its first match: most sentences have no match of most kinds
        List<Match> triggers = List.of();
        List<Match> masks = List.of();
        List<Match> hypotheticals = List.of();
        List<Match> weapons = List.of();
        List<Match> perps = List.of();
        List<Match> signals = List.of();
        List<Match> officials = List.of();
        List<Match> targets = List.of();
        List<Match> sayings = List.of();
        int victims = 0;
        int vehicles = 0;
        Match frame = null;
        boolean hard = false;
        boolean background = false;
        boolean opener = false;
        boolean recent = false;
        boolean killingWord = false;
        List<Match> backgroundCues = List.of();
        List<Match> aggregates = List.of();
        List<Match> frames = List.of();
        for (Match m : matches) {
            switch (m.rule().kind()) {
                case TRIGGER -> triggers = with(triggers, m);
                case NOT_TRIGGER -> masks = with(masks, m);
                case AGGREGATE -> aggregates = with(aggregates, m);
                case HYPOTHETICAL -> hypotheticals = with(hypotheticals, m);
                case WEAPON -> weapons = with(weapons, m);
                case PERPETRATOR -> perps = with(perps, m);
                case VICTIM -> victims++;
                case OFFICIAL -> officials = with(officials, m);
                case TARGET -> targets = with(targets, m);
                case SAYING -> sayings = with(sayings, m);
                case TOLL -> killingWord |= m.rule().killed();
                case VEHICLE -> vehicles++;
                case SIGNAL -> signals = with(signals, m);
                case BACKGROUND -> backgroundCues = with(backgroundCues, m);
                case RECENT -> recent = true;
                case BACKGROUND_OPENER -> {
                    background = true;
                    opener = true;
                }
                case FRAME -> frames = with(frames, m);
                default -> {
                }
            }
        }
        for (Match f : frames) {
            if (f.rule().strong() && namesTheScene(tokens, f, triggers)) {
                continue; // "gunmen attacked a memorial service": the frame is the target, not the genre
            }
            if (f.rule().strong() && frameInAside(tokens, s, f, triggers)) {
                continue; // "killed a judge who had approved the extradition": the frame describes the judge
            }
            if (frame == null || (f.rule().strong() && !hard)) {
                frame = f;
                hard = f.rule().strong();
            }
        }
        for (Match cue : backgroundCues) {
            background |= !datesOnlyARelativeClause(tokens, s, cue.from(), triggers);
        }
        int dated = publishedYear > 0 ? earlierYearAt(tokens, s, publishedYear) : monthOrYearDateAt(tokens, s);
        if (dated >= 0 && !datesOnlyARelativeClause(tokens, s, dated, triggers)) {
            background = true; // "killing 7 soldiers, including X, who won a medal held in 1995": the year dates X
        }
        if (!background && (yearNamesTrigger(tokens, s, triggers) || sinceYear(tokens, s))) {
            background = true; // "the 2019 attack", "a 2015 bombing": a past event named by its year
        }
        int raw = triggers.size();
        List<TollMention> toll = AggregateScope.withoutTheirTolls(tolls.extract(text, tokens, s.from(), s.to(), matches),
                aggregates, tokens, s);
        boolean hasToll = false;
        boolean killsSomeone = false; // "killed the driver": one person, no number written
        for (TollMention t : toll) {
            hasToll |= t.value() > 0 && t.written();
            killsSomeone |= t.value() > 0 && t.killed();
        }
        List<Match> live = List.of();
        List<Match> pending = List.of();
        if (!hard) {
            for (Match t : triggers) {
                if (masked(t, masks) || contained(t, triggers) || hypothetical(t, hypotheticals, tokens)
                        || AggregateScope.covers(aggregates, tokens, s, t.from())) {
                    continue;
                }
                boolean armed = !perps.isEmpty() || !weapons.isEmpty();
                boolean ok;
                if (t.rule().strong()) {
                    ok = frame == null || hasToll;
                } else {
                    boolean support = hasToll || armed || (victims > 0 && victimSupports(t.rule().category()))
                            || (vehicles > 0 && t.rule().category() == Category.HIJACKING);
                    ok = support && (frame == null || (hasToll && armed));
                }
                if (ok) {
                    live = with(live, t);
                } else if (!t.rule().strong() && frame == null || t.rule().strong()) {
                    pending = with(pending, t); // a strong word in a soft frame ("election rally") still takes a toll next door
                }
            }
            Match cue = null;
            if (live.isEmpty() && (hasToll || killsSomeone && frame == null) && !weapons.isEmpty()) {
                // "two bombs killed 44": a weapon with a toll holds even in a soft frame; a named victim only outside one
                cue = weapons.get(0);
            } else if (live.isEmpty() && !perps.isEmpty()
                    && (hasToll || killsSomeone || frame == null && !weapons.isEmpty())) {
                // a perpetrator word vouches for an inferred killing ("guerrillas killed the driver"),
                // which alone is also how fiction and court reports speak; a soft frame does not undo it,
                // since its word often only describes the victim ("the bank manager", "the campaign chief")
                cue = perps.get(0);
            }
            if (cue != null) {
                Match p = cue;
                if (!hypothetical(p, hypotheticals, tokens)) {
                    live = with(live, new Match(new Rule(RuleKind.TRIGGER, p.rule().phrase(), null, false, null, false, null, 0),
                            p.from(), p.to()));
                }
            }
            Match killedOfficial = killedOfficial(officials, toll);
            if (killedOfficial == null && !live.isEmpty()) {
                killedOfficial = TargetedOfficial.find(tokens, live, officials, targets, sayings, killingWord);
            }
            if (killedOfficial != null && (!live.isEmpty() || hasToll || frame == null)) {
                live = with(live, new Match(new Rule(RuleKind.TRIGGER, killedOfficial.rule().phrase(), Category.ASSASSINATION, false,
                        null, false, null, 0), killedOfficial.from(), killedOfficial.to()));
            }
        }
        return new SentenceFacts(s, live, pending, raw, weapons, perps, frame, hard, background, opener, toll, signals, recent);
    }

    /**
     * Whether the sentence opens with the event the one before it told: "The explosion killed 53",
     * "This attack ...".
     */
    public static boolean continuesTheEventBefore(List<Token> tokens, Sentence s) {
        int first = -1;
        for (int i = s.from(); i < s.to(); i++) {
            if (tokens.get(i).kind() == Token.Kind.WORD) {
                first = i;
                break;
            }
        }
        return first >= 0 && first + 1 < s.to()
                && SentenceWords.EVENT_ANAPHORA_DETERMINERS.contains(tokens.get(first).norm())
                && SentenceWords.EVENT_ANAPHORA_NOUNS.contains(tokens.get(first + 1).norm());
    }

    /** The list with m added; an empty list is the shared {@code List.of()}, replaced on the first add. */
    private static List<Match> with(List<Match> list, Match m) {
        List<Match> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(m);
        return out;
    }

    /**
     * "Mayor Juan Perez was shot dead", "gunmen killed the provincial governor": an official among
     * one or two people killed (the GTD's assassination: a prominent person was the target).
     */
    private static Match killedOfficial(List<Match> officials, List<TollMention> tolls) {
        for (TollMention t : tolls) {
            if (!t.killed() || t.value() < 1 || t.value() > MAX_ASSASSINATED
                    || (t.role() != TollMention.Role.VICTIMS && t.role() != TollMention.Role.MORE)) {
                continue;
            }
            for (Match o : officials) {
                if (o.from() >= t.from() - 1 && o.to() <= t.to() + 2) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * "retook the village after fierce fighting with guerrillas who overran it late last month": a
     * background cue inside a relative clause dates that clause, not a trigger of the main clause
     * before it.
     */
    private static boolean datesOnlyARelativeClause(List<Token> tokens, Sentence s, int cueAt, List<Match> triggers) {
        if (datesOnlyABracketedAside(tokens, s, cueAt, triggers)) {
            return true;
        }
        int relative = -1;
        for (int k = cueAt - 1; k >= s.from(); k--) {
            if (RELATIVE_PRONOUNS.contains(tokens.get(k).norm())) {
                relative = k;
                break;
            }
        }
        if (relative < 0) {
            return false;
        }
        for (Match t : triggers) {
            if (t.to() <= relative) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A COMMANDO GROUP (NAMED AFTER A PRIEST WHO WAS KILLED IN 1966) AMBUSHED A PATROL": a cue inside
     * brackets dates the aside, when a trigger stands outside them.
     */
    private static boolean datesOnlyABracketedAside(List<Token> tokens, Sentence s, int cueAt, List<Match> triggers) {
        int open = -1;
        for (int k = cueAt - 1; k >= s.from() && open < 0; k--) {
            if (tokens.get(k).is(")")) {
                return false;
            }
            open = tokens.get(k).is("(") ? k : -1;
        }
        int close = -1;
        for (int k = cueAt; k < s.to() && close < 0 && open >= 0; k++) {
            if (tokens.get(k).is("(")) {
                return false;
            }
            close = tokens.get(k).is(")") ? k : -1;
        }
        if (close < 0) {
            return false;
        }
        for (Match t : triggers) {
            if (t.to() <= open || t.from() > close) {
                return true;
            }
        }
        return false;
    }

    /**
     * A hard frame word inside a clause opened by an aside opener ("who", "which", "while") and
     * running to the next clause mark, with a trigger outside that clause and none between the
     * opener and the frame word (there the clause may have ended unmarked: "a gunman who killed nine
     * at a bar was sentenced").
     */
    private static boolean frameInAside(List<Token> tokens, Sentence s, Match frame, List<Match> triggers) {
        int opener = frame.from() - 1;
        while (opener >= s.from() && !SentenceWords.ASIDE_OPENERS.contains(tokens.get(opener).norm())) {
            opener--;
        }
        if (opener < s.from() || !Clauses.same(tokens, s, opener, frame.from())) {
            return false;
        }
        for (Match t : triggers) {
            if (t.from() > opener && t.to() <= frame.from()) {
                return false; // "a gunman who killed nine ... was sentenced": the clause ended before the frame
            }
        }
        for (Match t : triggers) {
            // not the word the clause describes ("a gunman who ..."), right before it
            if (t.to() < opener || t.from() >= frame.to() && !Clauses.same(tokens, s, frame.to(), t.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A hard frame after a trigger with only articles and prepositions between is what was attacked
     * ("attacked a memorial service"); right after it, it is a compound ("a riot drill").
     */
    private static boolean namesTheScene(List<Token> tokens, Match frame, List<Match> triggers) {
        for (Match t : triggers) {
            if (t.to() >= frame.from() || frame.from() - t.to() > SCENE_REACH) {
                continue;
            }
            boolean onlyLinks = true;
            for (int k = t.to(); k < frame.from(); k++) {
                onlyLinks &= SCENE_LINKS.contains(tokens.get(k).norm());
            }
            if (onlyLinks) {
                return true;
            }
        }
        return false;
    }

    private static boolean victimSupports(Category c) {
        return c != Category.BOMBING && c != Category.OTHER_VIOLENCE && c != Category.SHELLING_AIRSTRIKE;
    }

    /** A mask hides the triggers it overlaps, but not a longer one that holds it whole ("clashed with riot police"). */
    private static boolean masked(Match t, List<Match> masks) {
        for (Match m : masks) {
            boolean holds = t.from() <= m.from() && t.to() >= m.to() && t.to() - t.from() > m.to() - m.from();
            if (m.overlaps(t) && !holds) {
                return true;
            }
        }
        return false;
    }

    private static boolean contained(Match t, List<Match> all) {
        for (Match o : all) {
            if (o != t && o.from() <= t.from() && o.to() >= t.to() && (o.to() - o.from()) > (t.to() - t.from())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hypothetical(Match t, List<Match> hyps, List<Token> tokens) {
        for (Match h : hyps) {
            if (h.to() <= t.from() && t.from() - h.to() <= HYPOTHETICAL_REACH && !commaBetween(tokens, h.to(), t.from())) {
                return true; // but "claiming a bomb threat, and kidnapped 12": the comma ends the threat
            }
            if (h.from() == t.to()) {
                String p = h.rule().phrase();
                if (p.startsWith("plot") || p.startsWith("plan") || p.startsWith("threat")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean yearNamesTrigger(List<Token> tokens, Sentence s, List<Match> triggers) {
        for (Match t : triggers) {
            for (int k = t.from() - 1; k >= Math.max(s.from(), t.from() - 2); k--) {
                Token y = tokens.get(k);
                if (y.kind() == Token.Kind.NUMBER && isYear(y.norm())) {
                    return true;
                }
                if (y.kind() != Token.Kind.WORD) {
                    break;
                }
            }
        }
        return false;
    }

    /** "has killed more than 35,000 people since 2009": a running total, not this incident. */
    private static boolean sinceYear(List<Token> tokens, Sentence s) {
        for (int i = s.from(); i + 1 < s.to(); i++) {
            if (tokens.get(i).is("since") && tokens.get(i + 1).kind() == Token.Kind.NUMBER
                    && isYear(tokens.get(i + 1).norm()) && perfectBefore(tokens, s.from(), i)) {
                return true;
            }
        }
        return false;
    }

    /** "has killed ... since 2009"; not "the deadliest attack since 2011". */
    private static boolean perfectBefore(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("has") || tokens.get(k).is("have")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(String norm) {
        if (norm.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (norm.charAt(i) < '0' || norm.charAt(i) > '9') {
                return false;
            }
        }
        int y = Integer.parseInt(norm);
        return y >= 1900 && y <= 2100;
    }

    /**
     * With no publication date: "in March 2009", "in 1972", "the attacks of November 2008", "since
     * November" date an event by month or year only, as news does for past events; a new incident is
     * dated by its day ("on Tuesday", "on 26 August 2021", "3 JAN 90"). Returns where the date
     * starts, or -1.
     */
    private static int monthOrYearDateAt(List<Token> tokens, Sentence s) {
        for (int i = s.from(); i + 1 < s.to(); i++) {
            String w = tokens.get(i).norm();
            if (!w.equals("in") && !w.equals("of") && !w.equals("since")) {
                continue;
            }
            int j = i + 1;
            boolean month = MONTHS.contains(tokens.get(j).norm());
            if (month) {
                j++;
            }
            if (j < s.to() && tokens.get(j).kind() == Token.Kind.NUMBER && isYear(tokens.get(j).norm()) && (month || !w.equals("since"))) {
                return i; // but "the deadliest attack since 2011" compares, it does not date
            }
            if (month && !w.equals("of") && (j >= s.to() || tokens.get(j).kind() != Token.Kind.NUMBER)) {
                return i;
            }
        }
        return -1;
    }

    /** The first year before the publication year the sentence names, or -1. */
    private static int earlierYearAt(List<Token> tokens, Sentence s, int publishedYear) {
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.NUMBER && t.norm().length() == 4) {
                int y = (t.norm().charAt(0) - '0') * 1000 + (t.norm().charAt(1) - '0') * 100
                        + (t.norm().charAt(2) - '0') * 10 + (t.norm().charAt(3) - '0');
                if (y >= 1900 && y < publishedYear) {
                    return i;
                }
            }
        }
        return -1;
    }
}
