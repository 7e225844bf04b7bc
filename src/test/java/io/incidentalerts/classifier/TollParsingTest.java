package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TollParsingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Gunmen attacked a market, killing 12 people and wounding 30 others.|12|30",
        "A car bomb exploded near the barracks. Three soldiers and two civilians were killed.|5|0",
        "A suicide bomber struck a checkpoint, killing four policemen and a passer-by.|5|0",
        "Twenty-one people were killed and 1,200 injured when a truck bomb exploded.|21|1200",
        "A bomb exploded at the station, leaving at least 9 dead and 40 wounded.|9|40",
        "Militants stormed the hotel; dozens were killed and hundreds were injured.|12|100",
        "A blast tore through the bus. Several people died and a dozen were hurt.|3|12",
        "Gunmen opened fire on worshippers. At least 15 people, including 4 children, were killed.|15|0",
        "A gunman opened fire at a cafe. 40 people, 6 police officers and 34 civilians, were killed.|40|0",
        "A bomb went off in the market. The explosion caused 7 deaths and more than 20 injuries.|7|20",
        "A grenade attack on a bar left two people dead. Nobody else was hurt.|2|0",
        "Two gunmen were killed after they attacked a police post, police said.|2|0",
        "Rebels ambushed a convoy on 12 March, killing 6 soldiers at 5 pm.|6|0",
        "A knife attack at the station injured three people; no one was killed.|0|3",
        "The suicide bombing killed a police officer and wounded 11 people.|1|11",
        "A man stabbed two people in a park. One victim died and the other was hurt.|1|1",
        "An explosion at a checkpoint killed 27-year-old soldier Ali and wounded 4 others.|0|4",
        "Bombers attacked the city centre. 5 casualties were reported.|0|0",
        "Gunmen shot dead the two guards at the gate.|2|0",
        "A bomb killed the three soldiers on patrol.|3|0",
    })
    void readsKilledAndInjured(String text, int killed, int injured) {
        Classification c = Articles.body(text);
        assertThat(c.incident()).as("incident").isTrue();
        assertThat(c.casualties().killed()).as("killed").isEqualTo(killed);
        assertThat(c.casualties().injured()).as("injured").isEqualTo(injured);
    }
}
