package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.text.Sentence;
import io.incidentalerts.classifier.text.Token;
import java.util.List;

/** Clauses of a sentence: the runs between the clause marks of {@link SentenceWords#CLAUSE_MARKS}. */
final class Clauses {

    private Clauses() {
    }

    /** Whether tokens {@code a} and {@code b} of the sentence lie in one clause. */
    static boolean same(List<Token> tokens, Sentence s, int a, int b) {
        return marksBetween(tokens, Math.max(s.from(), Math.min(a, b)), Math.max(a, b)) == 0;
    }

    /** The clause marks among tokens [from, to). */
    static int marksBetween(List<Token> tokens, int from, int to) {
        int marks = 0;
        for (int k = from; k < to; k++) {
            if (SentenceWords.CLAUSE_MARKS.contains(tokens.get(k).norm())) {
                marks++;
            }
        }
        return marks;
    }
}
