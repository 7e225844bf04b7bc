package io.incidentalerts.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokenize(text, 20_000).stream().filter(t -> t.kind() == Token.Kind.WORD)
                .map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void aCombiningMarkStaysInsideItsWord() {
        String decomposed = "in Bogota\u0301 today";
        assertThat(words(decomposed)).containsExactly("in", "Bogota\u0301", "today");
    }

    @Test
    void aTurnedCommaApostropheJoinsATransliteratedName() {
        assertThat(words("in Ma\u2018rib province")).containsExactly("in", "Ma\u2018rib", "province");
        assertThat(Tokenizer.tokenize("Ma\u2018rib", 100).get(0).norm()).isEqualTo("ma'rib");
    }

    @Test
    void aRangeOfTheTextIsTokenizedAlone() {
        String text = "first part. second part";
        List<Token> tail = Tokenizer.tokenize(text, 12, text.length());
        assertThat(tail).extracting(Token::norm).containsExactly("second", "part");
        assertThat(tail.get(0).start()).isEqualTo(12);
    }
}
