package io.incidentalerts.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordListsTest {

    private static WordLists read(String text) {
        return WordLists.read("test.tsv", new StringReader(text));
    }

    @Test
    void aListMayGoOnOverSeveralLinesAndCommentsAreSkipped() {
        WordLists lists = read("# header\n\nlocative\tin at  near # cue words\nlocative\toutside\nof\tof\n");
        assertThat(lists.list("locative")).containsExactly("in", "at", "near", "outside");
        assertThat(lists.set("of")).containsExactly("of");
        lists.allTaken();
    }

    @Test
    void aLineWithoutTabIsRejectedWithFileAndLine() {
        assertThatThrownBy(() -> read("# header\nlocative in at near\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("test.tsv:2: expected a list name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Locative\tin", "loc ative\tin", "-x\tin"})
    void aBadListNameIsRejected(String line) {
        assertThatThrownBy(() -> read(line)).hasMessageStartingWith("test.tsv:1: a list name");
    }

    @Test
    void anUpperCaseWordIsRejected() {
        assertThatThrownBy(() -> read("\ntitle\tmr President\n")).hasMessageContaining("test.tsv:2:")
                .hasMessageContaining("President");
    }

    @Test
    void aWordTwiceInOneListIsRejected() {
        assertThatThrownBy(() -> read("a\tx y\na\ty\n")).hasMessage("test.tsv:2: 'y' is already in list a");
        assertThat(read("a\tx\nb\tx\n").set("b")).containsExactly("x");
    }

    @Test
    void aMissingListAndAListNoCodeReadsAreErrors() {
        WordLists lists = read("a\tx\nstale\ty\n");
        assertThatThrownBy(() -> lists.set("b")).hasMessage("test.tsv: no list 'b'");
        lists.set("a");
        assertThatThrownBy(lists::allTaken).hasMessage("test.tsv: list 'stale' is read by no code");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> WordLists.load(LanguagePack.ENGLISH, "nope.tsv"))
                .hasMessageContaining("classifier/lang/en/nope.tsv");
    }
}
