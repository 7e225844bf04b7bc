package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Trigger words in sport, business, figurative, court, memorial and hypothetical frames. */
class TrapsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The winger shot just wide before the keeper denied him again in the second half.",
        "Their attack was relentless and the visitors were killed off by a late goal.",
        "A killer pass from the captain set up the equaliser in the final minute.",
        "Stocks shot up after the results, and the chief executive said the deal was dead.",
        "The merger was killed by regulators, a blow to the company's shareholders.",
        "The chain has been under attack from rivals and reported explosive growth online.",
        "He suffered a heart attack at home and was taken to hospital.",
        "Biathlon pairs cross-country skiing with rifle shooting, and clay shooting returns to the programme.",
        "Police foiled a plot to bomb the parade and arrested four men.",
        "The group threatened to attack foreign embassies, officials said.",
        "A court sentenced the man to 30 years for the 2015 bombing that killed 12 people.",
        "Crowds gathered for the anniversary of the massacre in which 40 people died.",
        "The film opens with a hostage crisis at a bank and a daring rescue.",
        "Lawmakers debated a bill to toughen penalties for terrorism offences.",
        "A gas explosion at a factory injured three workers, the fire service said.",
        "Senator attacks governor over budget cuts.",
        "A thief snatched a woman's handbag on the high street on Monday.",
        "The visitors snatched a late victory with a goal in stoppage time.",
        "A fire burned several houses in the village after a gas cylinder exploded, firefighters said.",
        "THE STRIKER SHOT HIS SIDE INTO THE LEAD AND THE FANS STORMED THE PITCH.",
    })
    void notIncidents(String text) {
        assertThat(Articles.body(text).incident()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Gunmen opened fire on a crowded market on Sunday, killing at least eight people.",
        "A suicide bomber blew himself up outside a police station, wounding 14.",
        "Militants kidnapped 20 villagers overnight, local officials said.",
        "A bomb exploded at a football stadium during a match, killing four fans.",
        "GUNMEN ATTACKED A POLICE CHECKPOINT, KILLING THREE OFFICERS.",
        "Two people were stabbed to death in a knife attack at a train station.",
        "Guerrillas entered the assembly building claiming a bomb threat, and kidnapped 12 members.",
        "A gunman opened fire at a rifle shooting club, killing two members.",
    })
    void incidents(String text) {
        assertThat(Articles.body(text).incident()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // past events dated by month or year only, or relative to now
        "Test cricket returned to the city. The team bus was attacked by gunmen in March 2009, and six police officers were killed.",
        "Runners returned to the course, a year after the bombings at the finish line that killed three spectators.",
        "Apple refused to unlock a phone used by one of the attackers in last December's mass shooting, which killed 14 people.",
        "The leader recalled the attacks of November 2008, in which gunmen killed 166 people.",
        // figurative hijacking: no vehicle, hijacker or weapon
        "Kanye West hijacks Taylor Swift's award moment on stage.",
        "The whistleblower said the firm had hijacked the democratic process.",
    })
    void pastAndFigurativeEventsAreNotIncidents(String text) {
        assertThat(Articles.body(text).incident()).as(text).isFalse();
    }

    @Test
    void aQuietTitleLeavesOnlyTheOpeningToReportAnEvent() {
        String body = "Shipping lines diverted vessels around the Cape on Monday. Costs doubled within a month. "
                + "Insurers cited attacks on ships in the strait, in which gunmen killed two sailors.";
        assertThat(Articles.classify("Shipping costs soar as lines divert", body).incident()).isFalse();
        assertThat(Articles.classify("Gunmen attack ships in the strait", body).incident()).isTrue();
    }

    @Test
    void aHijackedVehicleIsAnIncident() {
        Classification c = Articles.body("A passenger plane was hijacked shortly after take-off on Monday.");
        assertThat(c.incident()).isTrue();
        assertThat(c.category()).isEqualTo(Category.HIJACKING);
    }
}
