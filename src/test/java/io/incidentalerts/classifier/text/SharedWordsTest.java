package io.incidentalerts.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedWordsTest {

    @Test
    void aSharedWordIsOneStringInAnyCase() {
        String text = "THE police said The";
        assertThat(SharedWords.get().find(text, 0, 3)).isEqualTo("the").isSameAs(SharedWords.get().find(text, 16, 19));
        assertThat(SharedWords.get().find(text, 4, 10)).isEqualTo("police");
    }

    @Test
    void otherWordsAndPartsOfWordsAreNotShared() {
        assertThat(SharedWords.get().find("Almaty", 0, 6)).isNull();
        assertThat(SharedWords.get().find("there", 0, 3)).isEqualTo("the");
        assertThat(SharedWords.get().find("theres", 0, 6)).isNull();
    }

    @Test
    void theTokenizerGivesSharedAndFreshNormsAlike() {
        List<Token> tokens = Tokenizer.tokenize("THE GUERRILLAS ATTACKED the Town", 100);
        assertThat(tokens).extracting(Token::norm).containsExactly("the", "guerrillas", "attacked", "the", "town");
        assertThat(tokens.get(0).norm()).isSameAs(tokens.get(3).norm());
    }
}
