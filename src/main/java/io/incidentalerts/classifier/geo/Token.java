package io.incidentalerts.classifier.geo;

/**
 * One word of the analysed text. Its folded key is computed on first use: most words are never
 * looked up, and folding every word would dominate the resolver's cost.
 */
final class Token {

    private final String text;
    private final int start;
    private final int end;
    private final int keyEnd;
    private final boolean upperInitial;
    private final boolean allUpper;
    private final int line;
    private final boolean sentenceStart;
    private String key;
    private boolean keyDone;
    private long hash;
    private boolean hashDone;

    /**
     * @param keyEnd        end of the part that forms the key (a possessive "'s" is left out)
     * @param upperInitial  the word starts with an upper-case letter
     * @param allUpper      every letter is upper case (and there are at least two)
     * @param line          index of the text line the word is on
     * @param sentenceStart the word opens a sentence or line
     * @param asciiHash     {@link NameHash} of a plain-ASCII word, else {@link NameHash#NONE} (computed on use)
     */
    Token(String text, int start, int end, int keyEnd, boolean upperInitial, boolean allUpper, int line,
          boolean sentenceStart, long asciiHash) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.keyEnd = keyEnd;
        this.upperInitial = upperInitial;
        this.allUpper = allUpper;
        this.line = line;
        this.sentenceStart = sentenceStart;
        this.hash = asciiHash;
        this.hashDone = this.hash != NameHash.NONE || keyEnd - start > WordView.MAX_WORD_CHARS;
    }

    /** {@link NameHash} of the folded key, or {@link NameHash#NONE} when the word cannot be part of a name. */
    long hash() {
        if (!hashDone) { // not plain ASCII: fold it once
            String k = key();
            hash = k == null ? NameHash.NONE : NameHash.folded(k, 0, k.length());
            hashDone = true;
        }
        return hash;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** Folded form for name lookups, or null when the word cannot be part of a name (too long). */
    String key() {
        if (!keyDone) {
            key = keyEnd - start > WordView.MAX_WORD_CHARS ? null : NameKeys.fold(text, start, keyEnd);
            keyDone = true;
        }
        return key;
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
