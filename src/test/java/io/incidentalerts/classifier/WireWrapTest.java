package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wire and radio copy is hard-wrapped at 70-80 columns wherever a line fills up: the reading of a
 * sentence must not depend on where its wrap falls. Each sentence is classified on one line, and
 * again wrapped after every word that leaves a first line long enough to be a wrap.
 */
class WireWrapTest {

    private static final int WRAPPED_LINE_CHARS = 50;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "WE REPORT THAT CITIZEN JUSTINIANO SAGASTUME RODRIGUEZ, 42, WAS KILLED BY TWO BULLETS FIRED FROM A GUN.",
        "WE REPORT THAT THE FARMER JUAN PEREZ OF THE VILLAGE OF YOJOA WAS KILLED BY TWO BULLETS.",
        "ACCORDING TO THE REPORT RELEASED BY THE ARMY TODAY, GUERRILLAS DYNAMITED TWO POWER TOWERS IN USULUTAN.",
        "THE POLICE SPOKESMAN SAID THAT A CAR BOMB EXPLODED IN BOGOTA, KILLING FOUR PEOPLE AND WOUNDING TEN.",
        "THE COMMAND REPORTED THAT TWO SOLDIERS WERE WOUNDED IN AN AMBUSH NEAR SAN MIGUEL YESTERDAY.",
        "THE SOURCE ADDED THAT MEMBERS OF THE DEATH SQUAD KILLED THE THREE GUARDS AT THE GATE LAST NIGHT.",
    })
    void aSentenceReadsTheSameWhereverItsWrapFalls(String sentence) {
        Classification flat = Articles.body(sentence);
        assertThat(flat.incident()).as("one line").isTrue();
        String[] words = sentence.split(" ");
        for (int k = 1; k < words.length; k++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            if (first.length() < WRAPPED_LINE_CHARS) {
                continue;
            }
            String wrapped = first + "\n" + String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            Classification c = Articles.body(wrapped);
            assertThat(c.incident()).as("wrapped after %s", words[k - 1]).isTrue();
            assertThat(c.category()).as("category, wrapped after %s", words[k - 1]).isEqualTo(flat.category());
            assertThat(c.casualties()).as("toll, wrapped after %s", words[k - 1]).isEqualTo(flat.casualties());
        }
    }
}
