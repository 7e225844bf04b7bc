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

    @Test
    void aHardWrapIsNoTokenButAShortLineKeepsItsBreak() {
        String wrapped = "WE REPORT THAT CITIZEN JUAN PEREZ OF THE VILLAGE OF YOJOA WAS\nKILLED TODAY.";
        assertThat(Tokenizer.tokenize(wrapped, 1000)).noneMatch(Token::isBreak);
        List<Token> wrappedTokens = Tokenizer.tokenize(wrapped, 1000);
        int killed = wrappedTokens.indexOf(wrappedTokens.stream().filter(t -> t.is("killed")).findFirst().orElseThrow());
        assertThat(Tokenizer.newlinesBefore(wrapped, wrappedTokens, killed)).isEqualTo(1);
        String headline = "AFP Almaty (Kazakhstan)\nThree police officers were killed.";
        assertThat(Tokenizer.tokenize(headline, 1000)).filteredOn(Token::isBreak).hasSize(1);
        String lastLine = "WE REPORT THAT CITIZEN JUAN PEREZ OF THE VILLAGE OF YOJOA WAS KILLED\n";
        assertThat(Tokenizer.tokenize(lastLine, 1000)).filteredOn(Token::isBreak).hasSize(1);
    }
}
