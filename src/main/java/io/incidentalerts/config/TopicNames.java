package io.incidentalerts.config;

import java.util.Locale;

/** Names of every topic the service reads or writes. */
public record TopicNames(String input, String alerts, String regionPrefix, String critical, String deadLetter,
                         String state, String stats, String surges) {

    /** The defaults of the {@code topic.*} settings. */
    public static final TopicNames DEFAULT = new TopicNames(
            Setting.TOPIC_INPUT.defaultValue(), Setting.TOPIC_ALERTS.defaultValue(),
            Setting.TOPIC_REGION_PREFIX.defaultValue(), Setting.TOPIC_CRITICAL.defaultValue(),
            Setting.TOPIC_DEAD_LETTER.defaultValue(), Setting.TOPIC_STATE.defaultValue(),
            Setting.TOPIC_STATS.defaultValue(), Setting.TOPIC_SURGES.defaultValue());

    /** The topic of one UN M49 sub-region: "Central Asia" goes to {@code incident.alerts.central-asia}. */
    public String regionTopic(String region) {
        return regionPrefix + slug(region);
    }

    /** Lower-case letters and digits, every other run of characters one '-', none at the ends. */
    public static String slug(String region) {
        StringBuilder out = new StringBuilder(region.length());
        boolean dash = false;
        for (char c : region.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }
}
