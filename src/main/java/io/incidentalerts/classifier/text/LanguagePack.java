package io.incidentalerts.classifier.text;

/**
 * Where a language's word lists and rules live: {@code classifier/lang/<code>/} on the classpath,
 * the same file names for every language (triggers, cues, frames, toll words, numbers, severity
 * signals, shared words). A new language is a new folder of data files, not code. English is the
 * one pack today.
 */
public record LanguagePack(String code) {

    public static final LanguagePack ENGLISH = new LanguagePack("en");

    public LanguagePack {
        if (code == null || !code.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("language code must be ISO 639 letters: " + code);
        }
    }

    /** The classpath resource of one file of this pack, e.g. {@code classifier/lang/en/triggers.tsv}. */
    public String resource(String file) {
        return "classifier/lang/" + code + "/" + file;
    }
}
