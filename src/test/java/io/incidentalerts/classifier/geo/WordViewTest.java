package io.incidentalerts.classifier.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordViewTest {

    private static List<Token> view(String text) {
        return WordView.of(text, Tokenizer.tokenize(text, text.length()));
    }

    private static List<String> written(String text) {
        return view(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void hyphensAndNumberSeparatorsSplitATextTokenIntoWords() {
        assertThat(written("pro-Russian fighters in al-Hasakeh, 1,200 people"))
                .containsExactly("pro", "Russian", "fighters", "in", "al", "Hasakeh", "1", "200", "people");
        assertThat(written("a deal worth 5.4bn at 6.30pm")).containsExactly("a", "deal", "worth", "5", "4bn", "at",
                "6", "30pm");
    }

    @Test
    void aJoinedTokenIsSplitBeforeAnyOfItsWordsIsTaken() {
        // the glued "at" is told on the whole token, the hyphen only later in the same scan
        assertThat(written("an atKabul-based group")).containsExactly("an", "at", "Kabul", "based", "group");
        String longName = "Abcdefghijklmnopqrstuvwxyz-Abcdefghijklmnopqrstu"; // longer than MAX_WORD_CHARS
        assertThat(written(longName)).containsExactly("Abcdefghijklmnopqrstuvwxyz", "Abcdefghijklmnopqrstu");
        assertThat(written("Ma\u2019rib 3.5")).containsExactly("Ma\u2019rib", "3", "5");
    }

    @Test
    void aPossessiveIsLeftOutOfTheKeyAndAGluedFunctionWordIsSplitOff() {
        List<Token> words = view("Kabul's mayor atKabul University");
        assertThat(words.get(0).key()).isEqualTo("kabul");
        assertThat(words).extracting(Token::key).containsExactly("kabul", "mayor", "at", "kabul", "university");
    }

    @Test
    void linesCountEveryNewlineAndSentenceStartsFollowPunctuation() {
        List<Token> words = view("KABUL (AP) -\n\nThe blast: Police said\r\nmore");
        assertThat(words).extracting(Token::line).containsExactly(0, 0, 2, 2, 2, 2, 3);
        assertThat(words).extracting(Token::sentenceStart).containsExactly(true, false, true, false, true, false, true);
    }

    @Test
    void aNameKeyIsTheSameFromTheNameAloneAndFromATextThatContainsIt() {
        String text = "clashes near Ma\u2019rib\u2019s centre";
        List<Token> words = view(text);
        assertThat(WordView.nameKey("Ma\u2018rib")).isEqualTo("marib").isEqualTo(words.get(2).key());
    }
}
