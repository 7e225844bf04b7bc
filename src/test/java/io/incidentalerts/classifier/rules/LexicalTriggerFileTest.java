package io.incidentalerts.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reviewed lexical trigger file: well formed, sourced, and not a second copy of triggers.tsv. */
class LexicalTriggerFileTest {

    private static final String LEXICAL = "classifier/lang/en/triggers-lexical.tsv";

    private static Set<String> forms(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] row : RuleFileReader.read(resource)) {
            for (String form : RuleFileReader.expand(row[0])) {
                out.add(form.toLowerCase(Locale.ROOT).strip().replaceAll(" +", " "));
            }
        }
        return out;
    }

    @Test
    void noPhraseIsAlreadyInTriggersTsv() {
        Set<String> both = forms(LEXICAL);
        both.retainAll(forms("classifier/lang/en/triggers.tsv"));
        assertThat(both).isEmpty();
    }

    @Test
    void everyRowHasAKnownCategoryAndStrength() {
        List<String[]> rows = RuleFileReader.read(LEXICAL);
        assertThat(rows).hasSizeGreaterThan(40);
        for (String[] row : rows) {
            assertThat(row).as(String.join(" | ", row)).hasSize(3);
            if (!row[1].equals("-")) {
                assertThat(Category.valueOf(row[1])).isNotNull();
            }
            assertThat(row[2]).as(row[0]).isIn("strong", "weak");
        }
    }

    @Test
    void everyRuleLineNamesItsSource() throws IOException {
        List<String> unsourced = new ArrayList<>();
        InputStream in = getClass().getClassLoader().getResourceAsStream(LEXICAL);
        assertThat(in).isNotNull();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String rule = hash < 0 ? line : line.substring(0, hash);
                String comment = hash < 0 ? "" : line.substring(hash);
                if (!rule.isBlank() && !comment.matches(".*\\b(wn:[nv]:\\d{8}|cameo:\\d{3,4})\\b.*")) {
                    unsourced.add(line);
                }
            }
        }
        assertThat(unsourced).isEmpty();
    }

    @Test
    void theClassifierLoadsTheLexicalFile() {
        PhraseLexicon lexicon = RuleSet.load().lexicon();
        assertThat(lexicon).isNotNull();
        assertThat(forms(LEXICAL)).contains("machine-gunned", "exchanging fire", "dynamited");
    }
}
