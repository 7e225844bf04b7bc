package io.incidentalerts.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagePackTest {

    @ParameterizedTest
    @ValueSource(strings = {"triggers.tsv", "triggers-lexical.tsv", "cues.tsv", "frames.tsv", "toll-words.tsv",
            "numbers.tsv", "severity-signals.tsv", "shared-words.txt", "place-words.tsv", "toll-grammar.tsv",
            "sentence-words.tsv", "months.tsv", "abbreviations.tsv", "LICENSE-LEXICONS.md", "dateline.tsv",
            "dateline-examples.tsv"})
    void theEnglishPackHasEveryFile(String file) {
        assertThat(getClass().getClassLoader().getResource(LanguagePack.ENGLISH.resource(file))).as(file).isNotNull();
    }

    @Test
    void aPackIsNamedByItsLanguageCode() {
        assertThat(new LanguagePack("ru").resource("triggers.tsv")).isEqualTo("classifier/lang/ru/triggers.tsv");
        assertThatThrownBy(() -> new LanguagePack("en/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
