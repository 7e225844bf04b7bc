package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How one-sentence event reports word violence (hand-written illustrations, not labelled rows). */
class EventWordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Inmates rioted at the central prison on Monday, setting fire to mattresses.|RIOT",
        "Protesters threw stones at police at the border crossing.|RIOT",
        "Government forces shelled the town overnight.|SHELLING_AIRSTRIKE",
        "Government aircraft struck a rebel camp in the forest, killing 12 fighters.|SHELLING_AIRSTRIKE",
        "Warplanes and helicopter gunships killed 30 villagers in an attack on the valley.|SHELLING_AIRSTRIKE",
        "Troops retook the village after fierce fighting with guerrillas who overran it late last month.|ARMED_CLASH",
        "A commando (named after a priest who was killed by soldiers in 1966) ambushed a patrol, killing two soldiers.|ARMED_ASSAULT",
        "The army captured a rebel stronghold after five days of fighting.|ARMED_CLASH",
        "Heavy combat between the army and the guerrillas continued in the northern districts.|ARMED_CLASH",
        "On 4 March 2022, Ukrainian forces and Russian forces clashed near Kharkiv.|ARMED_CLASH",
        "Government troops fought around the town of Kidal on Sunday.|ARMED_CLASH",
        "A battle between a Fulani militia and Dogon hunters left 12 dead in Mopti region.|ARMED_CLASH",
        "Guerrillas downed an army helicopter in Morazan on Monday.|ARMED_ASSAULT",
        "Rebels shot down a military plane over the valley.|ARMED_ASSAULT",
        "Two soldiers were killed when their vehicle ran over a mine in Cabo Delgado.|BOMBING",
        "A CARGO TRAIN WAS DERAILED BEFORE DAWN TODAY AFTER HITTING A DYNAMITE CHARGE.|BOMBING",
        "Clashes continued for a second day in the old city of Tripoli.|ARMED_CLASH",
        "Heavy clashes are continuing this morning in the northern districts of the capital.|ARMED_CLASH",
        "Clashes were reported near the town of Kidal on Sunday.|ARMED_CLASH",
        "Protesters clashed with police in the capital on Friday.|RIOT",
        "Clashes between demonstrators and security forces erupted in the capital on Sunday.|RIOT",
        "Students clashed with riot police outside the university, injuring five.|RIOT",
        "Party supporters clashed with police in the capital after the arrest of their leader.|RIOT",
        "Two farmers were killed in clashes between farmers and anti-riot police near the capital.|RIOT",
        "Football fans clashed with riot police outside the stadium, injuring six officers.|RIOT",
        "Gunmen shot dead a teacher this morning as she was on her way to her sports exercises.|ARMED_ASSAULT",
        "Gunmen shot dead a judge who had approved the extradition of a drug lord.|ASSASSINATION",
        "A prisoner held while awaiting trial on drug charges, has been stabbed to death in the prison camp.|ARMED_ASSAULT",
        "Hitmen on a motorcycle dynamited a bridge in Cali on Monday.|BOMBING",
        "Paid assassins shot a judge outside his home in Medellin.|ASSASSINATION",
        "A shell landed on a school in Donetsk, killing two children.|SHELLING_AIRSTRIKE",
        "A mortar round landed on a school in Donetsk overnight.|SHELLING_AIRSTRIKE",
        "Shells fired by the army killed six civilians in Idlib.|SHELLING_AIRSTRIKE",
        "Pirates seized a tanker off the coast of Somalia and took its crew hostage.|HOSTAGE_TAKING",
        "A prisoner died as a result of torture in police custody, a pathologist said.|UNARMED_ASSAULT",
        "Two aid trucks were hit by gunfire on the road to the camp.|ARMED_ASSAULT",
        "Gunmen attacked a memorial service in the capital, killing three mourners.|ARMED_ASSAULT",
        "Gunmen opened fire on the vigil for the victims, killing two mourners.|ARMED_ASSAULT",
        // rule review (docs/rule-review.md): frames that veto only what their meaning vetoes
        "The square was cleared of people after a bomb exploded, killing four.|BOMBING",
        "One witness remembered how gunmen stormed the hotel and killed four guests.|ARMED_ASSAULT",
        "A suicide bomber killed 30 people at a rally against the counter-terrorism strategy.|BOMBING",
        "Subversives killed two soldiers near the dam.|ARMED_ASSAULT",
        "The candidate has died from gunshot wounds, a spokesman for his party said.|ASSASSINATION",
        "Unidentified individuals killed the wife of a colonel today.|ARMED_ASSAULT",
        "A telephone booth in the south of the city was destroyed by a bomb, police reported.|BOMBING",
        "A railroad bridge near the town has been partially destroyed with dynamite.|BOMBING",
        "THE VEHICLE OF A TELEVISION NEWSMAN WAS TOTALLY DESTROYED BY A POWERFUL BOMB TODAY.|BOMBING",
        "A bomb destroyed the car of a journalist in Lima today, but he was not hurt.|BOMBING",
        "A dynamite charge damaged a power pylon near the town last night.|BOMBING",
        "In the deadliest attack since the war began, a car bomb killed 40 people in Kabul on Monday.|BOMBING",
        "Army helicopters rocketed rebel positions near Perquin on Monday.|SHELLING_AIRSTRIKE",
        "A helicopter has attacked and sunk a fishing boat off the coast.|SHELLING_AIRSTRIKE",
        "Government troops and rebels fought near the town of Rumangabo on Sunday.|ARMED_CLASH",
        "Rebels killed 16 militiamen in an attack on Friday. Over the past week 30 young men were abducted by rebel columns.|ARMED_ASSAULT",
        "The body of an unidentified man was found on a road with three bullet wounds in the face.|ARMED_ASSAULT",
        "Armed men snatched two engineers from a construction site on Tuesday.|KIDNAPPING",
        "A GROUP OF ARMED MEN LOOTED AND BURNED SEVERAL HOUSES IN THE VILLAGE LAST NIGHT.|FACILITY_ATTACK",
    })
    void reportsViolence(String text, Category category) {
        Classification c = Articles.body(text);
        assertThat(c.incident()).as(text).isTrue();
        assertThat(c.category()).as(text).isEqualTo(category);
    }

    @Test
    void aHardWrappedLineDoesNotBreakAPhrase() {
        String line = "THE SPOKESMAN OF THE POLITICAL ORGANIZATION SAID THAT THE CANDIDATE HAS DIED FROM";
        assertThat(Articles.body(line + "\nGUNSHOT WOUNDS IN THE CAPITAL TODAY.").incident()).isTrue();
        // a blank line ends the sentence, and the phrase with it
        assertThat(Articles.body(line + "\n\nGUNSHOT WOUNDS IN THE CAPITAL TODAY.").incident()).isFalse();
    }

    @Test
    void aPerpetratorVouchesForAKillingWithoutANumber() {
        Classification c = Articles.body("Guerrillas killed the driver on Sunday.");
        assertThat(c.incident()).isTrue();
        assertThat(c.casualties().killed()).isEqualTo(1);
        assertThat(Articles.body("The man killed the driver on Sunday.").incident()).isFalse();
    }

    @Test
    void aPerpetratorsKillingHoldsInASoftFrame() {
        // "manager" (sport), "campaign" (politics): a word of a soft frame that describes the victim
        assertThat(Articles.body("The bank manager was killed by gunmen in Medellin today.").incident()).isTrue();
        assertThat(Articles.body("The campaign manager was shot dead by gunmen on Sunday.").incident()).isTrue();
        // a soft frame with a perpetrator word but no one killed stays out
        assertThat(Articles.body("The manager said the rebels of the squad won the match on Sunday.").incident()).isFalse();
    }

    @Test
    void aWeaponVouchesForANamedVictimsKilling() {
        Classification c = Articles.body("Jose Rodriguez was killed by two bullets on Sunday.");
        assertThat(c.incident()).isTrue();
        assertThat(c.category()).isEqualTo(Category.ARMED_ASSAULT);
        assertThat(c.casualties().killed()).isEqualTo(1);
        assertThat(Articles.body("Jose Rodriguez was killed on Sunday.").incident()).isFalse();
        // a soft frame (an accident) keeps a weapon and a death without a written figure out
        assertThat(Articles.body("Jose Rodriguez was killed by a gun in a hunting accident on Sunday.").incident()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The company shelled out 5 million dollars for the rights.",
        "The aircraft hit turbulence over the Atlantic and landed safely.",
        "The finance minister promised a fierce combat against inflation next year.",
        "Veterans who fought in the war and the troops fought against the Nazis were honoured on Sunday.",
        "The legal battle between the two firms ended in a settlement.",
        "Storms downed power lines and trees across the state.",
        "Police downed a drone that strayed over the airport runway on Sunday.",
        "The senate shot down the proposal for a new airport.",
        "Shell shares fell 3 percent after the oil spill killed 11 workers.",
        "A shell hit the beach house, the owner said, as waves rolled in.",
        "Clashes continued between the two parties in parliament over the budget.",
        "The body of water near the dam was polluted after the explosion at the plant.",
        "The city has never forgotten the riots.",
        "The army prepared to resume shelling of the rebel positions.",
        "The rebels will free the minister, whom they took hostage two weeks ago.",
        "The guerrillas overran the village late last month.",
        "The minister came under fire from critics over the budget.",
        "The war brought ten years of fighting to the region.",
        "The prison riot drill involved 200 officers and lasted four hours.",
        "Farmers found an inert bomb from the war in a field near the school.",
        "The bombing was re-enacted at the memorial service on Sunday.",
        "A man accused of shooting a guard was cleared of murder on Monday.",
        "A blast of Arctic air killed two homeless men.",
        "A gas tank exploded during routine maintenance, killing two workers.",
        "The singer died of a self-inflicted gunshot wound at his home.",
        "Police are looking for unidentified men seen near the bank.",
        "The old bridge was destroyed by the floods last spring.",
        "In 1995 militants attacked an air base, killing 7 soldiers.",
        "A truce was proposed after the heightened fighting in the country, which has left 2,000 dead in the past month.",
        "Their month-long battle has left 3,000 people dead, the bishop said.",
        "Three judges have been murdered so far this year.",
        "Shares rocketed after the merger was announced on Monday.",
        "The rebels clashed with the government over the peace deal on Monday.",
        "Clashes continue between the two parties over the budget.",
        "The navy fired missiles at target boats during a naval exercise off the coast.",
        "A gunman who killed nine people at a bar was sentenced to life on Friday.",
        "The trial of the men who killed the priests began today.",
        "Troops fired rockets at targets in an exercise simulating an attack on the port.",
    })
    void doesNotReportANewIncident(String text) {
        assertThat(Articles.body(text).incident()).as(text).isFalse();
    }
}
