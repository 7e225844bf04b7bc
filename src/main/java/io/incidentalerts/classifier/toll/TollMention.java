package io.incidentalerts.classifier.toll;

/**
 * One casualty statement: {@code value} killed (or injured) people, read from tokens [from, to).
 * {@code role} says how it combines with the article's other statements (see {@link TollTotals});
 * {@code written} is false for counts inferred without a number ("he was shot dead" = 1), which
 * do not by themselves support a trigger (fiction and court reports use the same words).
 */
public record TollMention(boolean killed, long value, int from, int to, Role role, boolean written) {

    public enum Role {
        /** victims of the incident; the first such figure is the reported toll */
        VICTIMS,
        /** attackers killed or hurt ("the gunman was shot dead by police"); added (GTD counts them) */
        PERPETRATORS,
        /** victims on top of the first figure ("four more people were also killed") */
        MORE,
        /** a later, higher toll for the same incident ("the death toll rose to 14"); the latest wins */
        UPDATE,
        /** injured people who later died ("one of the injured died"): moves from injured to killed */
        TRANSFER,
        /**
         * people attacked ("stabbed 3 people"), who may be the dead or the injured reported elsewhere:
         * the injured figure only when the article gives no other injured or killed figure
         */
        ASSAULTED
    }

    public TollMention(boolean killed, long value, int from, int to, Role role) {
        this(killed, value, from, to, role, true);
    }

    public TollMention(boolean killed, long value, int from, int to) {
        this(killed, value, from, to, Role.VICTIMS, true);
    }
}
