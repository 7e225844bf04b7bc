package io.incidentalerts.classifier.toll;

/** One casualty statement: {@code value} killed (or injured) people, read from tokens [from, to). */
public record TollMention(boolean killed, long value, int from, int to) {
}
