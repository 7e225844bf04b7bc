package io.incidentalerts.classifier;

/**
 * Incident categories of the alert contract. {@link #precedence()} follows the Global Terrorism
 * Database: when several categories fit one incident, the one with the lower value wins.
 */
public enum Category {
    ASSASSINATION(1),
    HIJACKING(2),
    KIDNAPPING(3),
    HOSTAGE_TAKING(4),
    BOMBING(5),
    ARMED_ASSAULT(6),
    UNARMED_ASSAULT(7),
    FACILITY_ATTACK(8),
    SHELLING_AIRSTRIKE(9),
    ARMED_CLASH(10),
    RIOT(11),
    OTHER_VIOLENCE(12);

    private final int precedence;

    Category(int precedence) {
        this.precedence = precedence;
    }

    public int precedence() {
        return precedence;
    }
}
