package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryPrecedenceTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "A suicide bomber blew himself up at a wedding, killing 20 guests.|BOMBING",
        "Gunmen opened fire on a bus, killing five passengers.|ARMED_ASSAULT",
        "A man stabbed three shoppers in a supermarket.|ARMED_ASSAULT",
        "Militants abducted 14 students from a school on Monday.|KIDNAPPING",
        "Gunmen took 30 people hostage in a hotel and shot two guards.|HOSTAGE_TAKING",
        "Armed men hijacked a passenger plane and forced it to land.|HIJACKING",
        "The provincial governor was assassinated by gunmen on his way to work.|ASSASSINATION",
        "An air strike hit a market, killing 9 civilians.|SHELLING_AIRSTRIKE",
        "Rioters clashed with police overnight, leaving 3 dead.|RIOT", // the clash is the riot (ACLED)
        "Troops and rebels clashed near the border; a gun battle left 6 dead.|ARMED_CLASH",
        "Riots broke out in the capital overnight and rioters looted shops; two people were injured.|RIOT",
        "Arsonists set fire to a police station overnight, the ministry said; a guard was injured.|FACILITY_ATTACK",
        "A mob beat a man to death in the village square.|UNARMED_ASSAULT",
        // a killing aimed at a prominent person is an assassination even without the word
        "Mayor Juan Perez was shot dead outside his home on Sunday, police said.|ASSASSINATION",
        "Gunmen killed the provincial governor and his driver in an ambush near the capital.|ASSASSINATION",
        "Gunmen killed a police officer and two traders at a market.|ARMED_ASSAULT",
        "A car bomb killed 12 people outside the ministry, a minister said.|BOMBING",
        "Men on motorcycles sprayed acid on a group of schoolgirls walking to school; fifteen were injured.|UNARMED_ASSAULT",
        "An assailant threw an incendiary device through the window of a mosque, injuring five people.|FACILITY_ATTACK",
        // an attack aimed at a prominent person, dead or alive, is an assassination (GTD)
        "A gunman shot Senator Maria Lopes outside her office in the port city on Tuesday.|ASSASSINATION",
        "Gunmen shot and killed Pedro Alves, the newly elected mayor of the town, at his farm.|ASSASSINATION",
        "A roadside bomb struck the convoy of the former interior minister near the airport; two guards died.|ASSASSINATION",
        "The deputy governor of the province was abducted and killed by militiamen on the road north.|ASSASSINATION",
        "The mayor of a village in the northern hill state was shot dead by two men on a motorbike.|ASSASSINATION",
        // ... but the official who speaks, the hotel named after one, a mayor taken hostage or a house set alight are not the target
        "Gunmen killed two soldiers at a checkpoint, the defence minister said.|ARMED_ASSAULT",
        "The governor of the province in which the farmer was shot dead called for calm.|ARMED_ASSAULT",
        "The mayor of the border town said a farmer was shot dead by bandits on Sunday.|ARMED_ASSAULT",
        "A suicide bomber detonated a car bomb outside the Ambassador Hotel, killing nine people.|BOMBING",
        "Rebels seized the town and took the mayor and two policemen hostage.|HOSTAGE_TAKING",
    })
    void picksCategory(String text, Category expected) {
        Classification c = Articles.body(text);
        assertThat(c.incident()).isTrue();
        assertThat(c.category()).isEqualTo(expected);
    }

    @Test
    void gtdPrecedenceWhenSeveralFit() {
        // a bombing during which hostages were taken: hostage taking outranks bombing
        Classification c = Articles.body("Militants detonated a car bomb at the gate, then stormed the compound and "
                + "took 12 workers hostage.");
        assertThat(c.category()).isEqualTo(Category.HOSTAGE_TAKING);
        // an assassination carried out with a bomb: assassination outranks bombing
        Classification d = Articles.body("The mayor was assassinated when a roadside bomb hit his car.");
        assertThat(d.category()).isEqualTo(Category.ASSASSINATION);
        assertThat(Category.ASSASSINATION.precedence()).isLessThan(Category.HIJACKING.precedence());
        assertThat(Category.BOMBING.precedence()).isLessThan(Category.ARMED_ASSAULT.precedence());
    }
}
