package io.incidentalerts.classifier.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.rules.RuleFileReader;
import io.incidentalerts.classifier.text.LanguagePack;
import io.incidentalerts.classifier.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example beside the English dateline rules reads as its row says. */
class DatelineExamplesTest {

    static Stream<Arguments> examples() {
        List<String[]> rows = RuleFileReader.read(LanguagePack.ENGLISH.resource("dateline-examples.tsv"));
        assertThat(rows).hasSizeGreaterThan(15);
        return rows.stream().map(r -> Arguments.of((Object) r));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsAsTheExampleSays(String[] row) {
        String text = row[0].replace("\\n", "\n");
        Optional<Dateline> read = DatelineReader.english().read(text, Tokenizer.tokenize(text, 20_000));
        if (row[1].equals("NONE")) {
            assertThat(read).as(text).isEmpty();
            return;
        }
        assertThat(read).as(text).isPresent();
        Dateline d = read.get();
        assertThat(d.place(text)).as(text).isEqualTo(row[1]);
        assertThat(d.qualifier(text).orElse("-")).as(text).isEqualTo(row[2]);
        assertThat(date(d)).as(text).isEqualTo(row[3]);
        assertThat(d.source() == null ? "-" : d.source()).as(text).isEqualTo(row[4]);
        assertThat(text.substring(d.start(), d.end())).as(text).doesNotEndWith("-").doesNotEndWith(" ");
    }

    private static String date(Dateline d) {
        if (d.month() == 0) {
            return "-";
        }
        return d.date().map(LocalDate::toString).orElse(String.format("--%02d-%02d", d.month(), d.day()));
    }
}
