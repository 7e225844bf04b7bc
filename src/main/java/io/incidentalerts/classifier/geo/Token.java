package io.incidentalerts.classifier.geo;

/**
 * One word of the analysed text. A plain-ASCII word comes with its hash; any other word is folded
 * when its hash is first asked for, once: folding every word would dominate the resolver's cost.
 */
final class Token {

    /** Hash not computed yet: NameHash values are odd or NONE, never this. */
    private static final long UNFOLDED = 2;

    // 40 bytes an object with compressed references (a key end, a cached key or a "hash done" flag
    // would each make it 48): there is one Token for every word of every article placed
    private final String text;
    private final int start;
    private final int end;
    private final boolean possessive;
    private final boolean upperInitial;
    private final boolean allUpper;
    private final int line;
    private final boolean sentenceStart;
    private long hash;

    /**
     * @param keyEnd        end of the part that forms the key: {@code end}, or {@code end - 2} when a
     *                      possessive "'s" is left out
     * @param upperInitial  the word starts with an upper-case letter
     * @param allUpper      every letter is upper case (and there are at least two)
     * @param line          index of the text line the word is on
     * @param sentenceStart the word opens a sentence or line
     * @param asciiHash     {@link NameHash} of a plain-ASCII word, else {@link NameHash#NONE} (computed on use)
     */
    Token(String text, int start, int end, int keyEnd, boolean upperInitial, boolean allUpper, int line,
          boolean sentenceStart, long asciiHash) {
        if (keyEnd != end && keyEnd != end - 2) {
            throw new IllegalArgumentException("a key ends at the word's end or before its possessive 's");
        }
        this.text = text;
        this.start = start;
        this.end = end;
        this.possessive = keyEnd != end;
        this.upperInitial = upperInitial;
        this.allUpper = allUpper;
        this.line = line;
        this.sentenceStart = sentenceStart;
        this.hash = asciiHash != NameHash.NONE ? asciiHash : tooLong() ? NameHash.NONE : UNFOLDED;
    }

    /** {@link NameHash} of the folded key, or {@link NameHash#NONE} when the word cannot be part of a name. */
    long hash() {
        if (hash == UNFOLDED) { // not plain ASCII: fold it once
            String k = key();
            hash = k == null ? NameHash.NONE : NameHash.folded(k, 0, k.length());
        }
        return hash;
    }

    private int keyEnd() {
        return possessive ? end - 2 : end;
    }

    private boolean tooLong() {
        return keyEnd() - start > WordView.MAX_WORD_CHARS;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** Folded form for name lookups, or null when the word cannot be part of a name (too long). */
    String key() {
        return tooLong() ? null : NameKeys.fold(text, start, keyEnd());
    }

    boolean upperInitial() {
        return upperInitial;
    }

    boolean allUpper() {
        return allUpper;
    }

    int line() {
        return line;
    }

    boolean sentenceStart() {
        return sentenceStart;
    }

    /** First character of the word as written. */
    char firstChar() {
        return text.charAt(start);
    }
}
