package io.incidentalerts.classifier.geo;

import java.util.List;

/** Tells, line by line, whether capitalisation means anything (it does not in all-caps wire copy). */
final class CaseProfile {

    private static final int MIN_WORDS_FOR_LINE_VERDICT = 4;
    private static final double CAPS_SHARE = 0.6;

    private CaseProfile() {
    }

    static boolean[] caselessLines(List<Token> tokens) {
        int lines = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line() + 1;
        int[] words = new int[lines];
        int[] caps = new int[lines];
        int[] capitalised = new int[lines];
        int allWords = 0;
        int allCaps = 0;
        int allCapitalised = 0;
        for (Token t : tokens) {
            if (!Character.isLetter(t.firstChar())) {
                continue;
            }
            if (t.upperInitial()) {
                capitalised[t.line()]++;
                allCapitalised++;
            }
            if (t.end() - t.start() < 2) {
                continue;
            }
            words[t.line()]++;
            allWords++;
            if (t.allUpper()) {
                caps[t.line()]++;
                allCaps++;
            }
        }
        boolean textCaseless = allWords > 0 && (allCaps >= CAPS_SHARE * allWords || allCapitalised == 0);
        boolean[] caseless = new boolean[lines];
        for (int l = 0; l < lines; l++) {
            if (words[l] >= MIN_WORDS_FOR_LINE_VERDICT) {
                caseless[l] = caps[l] >= CAPS_SHARE * words[l] || (capitalised[l] == 0 && textCaseless);
            } else {
                caseless[l] = textCaseless;
            }
        }
        return caseless;
    }
}
