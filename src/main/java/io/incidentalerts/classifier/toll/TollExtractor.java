package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.NEGATORS;
import static io.incidentalerts.classifier.toll.TollWords.SUBSET;
import static io.incidentalerts.classifier.toll.TollWords.UNKNOWN;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.rules.RuleKind;
import io.incidentalerts.classifier.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads killed/injured statements from one sentence. It walks the sentence once and asks the pattern
 * readers in turn, each with one job:
 * <ul>
 *   <li>{@link SingularReader}: one person without a number ("soldiers shot him dead", "X was killed");</li>
 *   <li>{@link NamedListReader}: named persons listed as the subject ("Ana Ruiz, 34, and her son were killed");</li>
 *   <li>{@link MannerReader}: "stabbed 4 people to death"; "stabbed 3 people" as the people attacked;</li>
 *   <li>{@link TransferReader}: "one of the injured died" moves people from injured to killed;</li>
 *   <li>{@link ActiveReader}: "killing at least 38 people", "killing him", with {@link ListReader} for
 *       the groups summed after the object;</li>
 *   <li>{@link UpdateReader}: "the death toll rose to 14", also with words between the toll word and
 *       the rise word;</li>
 *   <li>{@link PassiveReader}: "Three police officers and one civilian were killed";</li>
 *   <li>{@link PerpetratorReader}: attackers among the dead, "the bomber blew himself up".</li>
 * </ul>
 * Counts after a negator or "including"/"among" are skipped; "wounding an unknown number" is no
 * count. Each mention gets a {@link TollMention.Role}; {@link TollTotals} combines them.
 */
public final class TollExtractor {

    private final NumberReader numbers;
    private final ActiveReader active;
    private final PassiveReader passive;
    private final PerpetratorReader perpetrators;

    public TollExtractor(NumberReader numbers) {
        this.numbers = numbers;
        this.active = new ActiveReader(new ListReader(numbers));
        this.passive = new PassiveReader(numbers);
        this.perpetrators = new PerpetratorReader(numbers);
    }

    private static boolean hasToll(List<Match> matches) {
        for (int k = 0; k < matches.size(); k++) {
            if (matches.get(k).rule().kind() == RuleKind.TOLL) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text    the text the tokens index, or null (then capitals mean nothing)
     * @param tokens  all tokens
     * @param from    first token of the sentence
     * @param to      end token (exclusive)
     * @param matches lexicon matches of the sentence; TOLL, TOLL_SKIP, OFFICIAL and PERPETRATOR ones are used
     */
    public List<TollMention> extract(String text, List<Token> tokens, int from, int to, List<Match> matches) {
        List<TollMention> out = new ArrayList<>(2);
        if (!hasToll(matches)) { // most sentences: nothing below can produce a mention
            return out;
        }
        TollSentence c = TollSentence.of(text, tokens, from, to, matches);
        if (c == null) {
            return out;
        }
        for (int i = from; i < to; i++) {
            if (c.used[i - from]) {
                continue;
            }
            NumberHit num = numbers.read(tokens, i, to);
            i = num == null ? withoutNumber(c, i, out) : withNumber(c, i, num, out);
        }
        perpetrators.attackersAmongVictims(c, out);
        MannerReader.assaultedOnly(c, out);
        NamedListReader.namedSubjects(c, out); // before the singular reader: "Ana Ruiz and her son died in the blast" is two
        SingularReader.singularSubjects(c, out);
        PerpetratorReader.selfDetonation(c, out);
        TransferReader.woundedThenDied(c, out);
        TransferReader.dropTransfersBesideATotal(out);
        if (out.size() > 1) {
            out.sort(Comparator.comparingInt(TollMention::from)); // reading order: the first figure stands
        }
        return out;
    }

    /** Token i holds no number: "soldiers shot him dead", "killing the driver". Returns the last token read. */
    private int withoutNumber(TollSentence c, int i, List<TollMention> out) {
        TollMention shotDead = SingularReader.pronounShotDead(c, i);
        if (shotDead != null) {
            out.add(shotDead);
            return shotDead.to() - 1;
        }
        if (c.tokens.get(i).is("the") && i + 1 < c.to && numbers.read(c.tokens, i + 1, c.to) != null) {
            return i; // "killed the six priests": a count, read at its number ("the" is a skip word), not one person
        }
        Match verb = ActiveReader.activeVerbBefore(c, i);
        if (verb != null && !ActiveReader.ambiguous(c, verb, out) && !ActiveReader.claims(verb)) {
            int end = active.singleObject(c, verb, i, out);
            if (end > 0) {
                return end - 1;
            }
        }
        return i;
    }

    /** "14:30": the number after a colon glued to a number is a clock's minutes ("THE FOLLOWING: 177 DEAD" is a count). */
    private static boolean clockMinutes(List<Token> tokens, int i, int from) {
        Token colon = tokens.get(i - 1);
        return colon.is(":") && i - 2 >= from && tokens.get(i - 2).kind() == Token.Kind.NUMBER
                && tokens.get(i - 2).end() == colon.start() && colon.end() == tokens.get(i).start();
    }

    /** A count starts at token i: the first reader that takes it wins. Returns the last token read. */
    private int withNumber(TollSentence c, int i, NumberHit num, List<TollMention> out) {
        List<Token> tokens = c.tokens;
        if (NumberReader.ageApposition(tokens, i, c.from, c.to) >= 0) {
            return num.to() - 1;
        }
        if (i > c.from && (NEGATORS.contains(tokens.get(i - 1).norm()) || SUBSET.contains(tokens.get(i - 1).norm())
                || clockMinutes(tokens, i, c.from))) {
            return num.to() - 1;
        }
        if (num.article() && num.to() < c.to && UNKNOWN.contains(tokens.get(num.to()).norm())) {
            return i; // "wounding an unknown number"
        }
        TollMention deadly = MannerReader.mannerKilling(c, num);
        if (deadly != null) {
            out.add(deadly);
            return deadly.to() - 1;
        }
        TollMention transfer = TransferReader.transfer(c, num);
        if (transfer != null) {
            out.add(transfer);
            return transfer.to() - 1;
        }
        Match verb = ActiveReader.activeVerbBefore(c, i);
        if (verb != null) {
            if (ActiveReader.ambiguous(c, verb, out)
                    || (ActiveReader.claims(verb) && !ActiveReader.livesAfter(c, num.to()))
                    || ActiveReader.thingObject(c, verb, num.to()) || ActiveReader.counterfactual(c, verb)) {
                return num.to() - 1;
            }
            return active.counted(c, verb, num, out) - 1;
        }
        TollMention update = UpdateReader.distantUpdate(c, num);
        if (update != null) {
            out.add(update);
            return update.to() - 1;
        }
        TollMention statement = passive.passive(c, num, out);
        if (statement == null) {
            return i;
        }
        out.add(statement);
        return statement.to() - 1;
    }
}
