package io.incidentalerts.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.dateline.Dateline;
import io.incidentalerts.classifier.dateline.DatelineReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 20_000);
        return SentenceSplitter.split(tokens, 0).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aHardWrappedParagraphIsReadAsWholeSentences() {
        String wire = "THE COMMAND REPORTED THAT FIFTY PEASANTS HAVE BEEN TAKEN AWAY BY ARMED\n"
                + "MEN IN THE NORTHERN DEPARTMENT. THE SOURCE ADDED THAT THE MEN FORCED THE\n"
                + "PEASANTS OUT OF THEIR HOMES.";
        assertThat(sentences(wire)).hasSize(2);
        assertThat(sentences(wire).get(0)).endsWith("NORTHERN DEPARTMENT.").contains("ARMED\nMEN");
    }

    @Test
    void shortLinesStillEndTheirSentence() {
        assertThat(sentences("AFP Almaty (Kazakhstan)\nThree police officers were killed today in Almaty."))
                .containsExactly("AFP Almaty (Kazakhstan)", "Three police officers were killed today in Almaty.");
    }

    @Test
    void aLongLineBeforeABlankLineEndsItsParagraph() {
        String text = "Parts of the city were in lockdown following the incident with one suspect held\n\n"
                + "A manhunt is under way.";
        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void abbreviationsAndMonthShortFormsEndNoSentence() {
        // abbreviations.tsv (Gen., Mr., No.) and the short forms of months.tsv (Jan.)
        assertThat(sentences("Gen. Dostum met Mr. Karzai on Jan. 5 at No. 10 in Kabul. Talks followed."))
                .containsExactly("Gen. Dostum met Mr. Karzai on Jan. 5 at No. 10 in Kabul.", "Talks followed.");
        assertThat(sentences("They met in Kabul. Karzai spoke.")).hasSize(2);
    }

    private static List<String> bodySentences(String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 20_000);
        Dateline d = DatelineReader.english().read(text, tokens).orElseThrow();
        return SentenceSplitter.bodyAfterDateline(SentenceSplitter.split(tokens, 0), tokens, d.end()).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void theFirstSentenceOpensAfterTheDatelineAndItsSeparator() {
        String wire = "SAN SALVADOR, 12 MAR 90 (RADIO CADENA) -- [TEXT] THE ARMY REPORTED THAT REBELS BURNED\n"
                + "THREE BUSES ON THE COAST ROAD. TRAFFIC WAS HALTED.";
        assertThat(bodySentences(wire)).containsExactly(
                "[TEXT] THE ARMY REPORTED THAT REBELS BURNED\nTHREE BUSES ON THE COAST ROAD.", "TRAFFIC WAS HALTED.");
        assertThat(bodySentences("KABUL, June 3 (Reuters) - A bomb exploded at a market. Police sealed the area."))
                .containsExactly("A bomb exploded at a market.", "Police sealed the area.");
    }

    @Test
    void aDatelineOnALineOfItsOwnStaysASentenceOfItsOwn() {
        assertThat(bodySentences("ALMATY, Kazakhstan (AP) --\nThree police officers were killed today."))
                .containsExactly("ALMATY, Kazakhstan (AP) --", "Three police officers were killed today.");
    }
}
