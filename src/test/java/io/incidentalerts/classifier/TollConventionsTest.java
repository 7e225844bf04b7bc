package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.geo.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Toll conventions beyond plain "N killed": sums, attackers, updates, ranges, transfers, ambiguity. */
class TollConventionsTest {

    private static final IncidentClassifier VICTIMS_ONLY = IncidentClassifier.create(PlaceResolver.loadDefault(), false);

    private static Classification victimsOnly(String text) {
        return VICTIMS_ONLY.classify(new Article("t", null, null, null, text, null, "en"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // victim groups in one clause are summed
        "A bomb exploded in a van and killed a suspected bomber, a soldier, 4 paramilitaries and 4 civilians.|10|0",
        "The gunman seized a rifle and opened fire to kill the 2 officers and a pedestrian.|3|0",
        "Two tourists, a guide and a driver were killed when gunmen attacked a convoy.|4|0",
        "A suicide bomber struck a convoy, killing the driver and a civilian and wounding 5 passengers.|2|5",
        // attackers killed are added (GTD)
        "A gunman opened fire in a mall, killing three people. He was shot dead by police.|4|0",
        "Gunmen attacked a hotel, killing 5 guests. Three of the terrorists were shot and killed by troops.|8|0",
        "A suicide bomber blew himself up at a wedding, killing 20 people and wounding 40.|21|40",
        "A suicide bomber blew herself up at a bank, killing herself and a soldier.|2|0",
        // verbs and shapes
        "A suicide bombing on a house in the city claimed seven lives and 6 others were injured.|7|6",
        "A man stabbed 4 people to death at a police headquarters and injured 2 others.|4|2",
        "Unknown assailants hacked three farmers to death in Benue State.|3|0",
        "A mob beat two men to death near the market and injured five others.|2|5",
        "A gunman opened fire on a crowd, killing and injuring four people.|0|0",
        "Gunmen raided a village, leaving 25 villagers dead and dozens wounded.|25|12",
        "A bomb exploded near a mosque, wounding an unknown number of worshippers and killing 3.|3|0",
        "A gunman opened fire on a mosque, wounding a man. A woman was later found dead at the attacker's house.|1|1",
        "A gunman opened fire at a store; 2 shoppers, both pensioners, were killed.|2|0",
        "A 32 year old civilian was stabbed in the neck by an attacker at a bus stop.|0|1",
        "Insurgents beheaded 2 civilians and burned houses in the village.|2|0",
        "Two bodies with gunshot wounds were found in a ditch near the town.|2|0",
        "The body of a man with bullet wounds was found near the market.|1|0",
        // a counted subject read past wire copy's line wraps; another clause or an unknown number ends it
        "Gunmen attacked the bank. A bomb damaged four telephones and shattered windows, but nobody was injured.|0|0",
        "Gunmen sank a fishing boat. 14 survivors have been rescued, but the number of people killed is still not known.|0|0",
        "Several bombs exploded in the capital tonight, causing blackouts and an undetermined number of dead.|0|0",
        "Gunmen attacked the convoy. Police arrested three men who murdered the driver.|1|0",
        "Soldiers rounded up the villagers and killed the men one by one. The women gave a list of 57 people who were killed in the massacre.|57|0",
        // an article-headed list subject ("a farmer and three traders"), but not a clause before it
        "Gunmen attacked the market. A farmer and three traders were killed.|4|0",
        "Gunmen attacked the market. A soldier and a policeman were wounded.|0|2",
        // a lone death with no "was" counts when the incident is its cause, not as a bare repeat
        "A bomb exploded in the building. The driver died in the explosion.|1|0",
        "A bomb exploded in the building. A policeman died in the blast, police said.|1|0",
        "Gunmen attacked the convoy. The driver also died.|0|0",
        // ... or a wounding, before a clause break; a road death is no such cause
        "A policeman died after he was shot by gunmen in the square.|1|0",
        "GUNMEN OPENED FIRE ON A RALLY IN SOACHA. THE MEDICAL AUTHORITIES REPORTED THAT LUIS CARLOS GALAN, SENATOR AND PRESIDENTIAL HOPEFUL, DIED TONIGHT 2 HOURS AFTER HAVING BEEN SHOT IN AN ATTACK.|1|0",
        "Gunmen attacked the convoy. The driver later died of his wounds.|1|0",
        "Gunmen attacked the convoy. The driver died after being hit by a car.|0|0",
        "Gunmen attacked the convoy. The driver died, and a guard was shot.|0|1",
        // the subject behind a relative clause or a noun apposition set off by commas, across a line wrap
        "Gunmen attacked the office. Danilo Barillas, who wrote columns for the magazine, was murdered.|1|0",
        "Gunmen ambushed the car of the mayor. The driver, whom the police have not yet identified, was also killed in the attack.|1|0",
        "A bomb exploded in the square. Her mother, Marta Orozco Lopez, was wounded.|0|1",
        // "decapitated" kills, like "beheaded"
        "Militants decapitated two soldiers in the village on Monday.|2|0",
        // a one-word member that closed a full name told before is a person; a companion is a kin word
        "A bomber targeted the car of Asharf Noor in Quetta. Noor and his guard were killed.|2|0",
        "A bomb exploded in Quetta. Noor and his guard were killed.|0|0",
        // a list of persons who "died" with the cause told counts each, as with "were killed"
        "A bomb exploded in a market in Lima. Ana Ruiz, 34, and her son died in the blast.|2|0",
        "A bomb exploded in a market in Lima. Ana Ruiz and Pedro Diaz died after being shot.|2|0",
        "A bomb exploded in a market in Lima. Ana Ruiz and her son died.|0|0",
        "Gunmen attacked a village in Chalatenango today. Some 2,000 people have died since the beginning of the guerrilla offensive.|0|0",
        "Gunmen attacked a village in Chalatenango today. The decade-long civil war has left more than 70,000 dead.|0|0",
        // a toll that did not happen
        "A car bomb exploded in Bogota today, wounding two guards. Had it been bigger, it would have killed at least 5,000 people.|0|2",
        // a count after a colon is a count; minutes after a clock's colon are not
        "Guerrillas attacked the garrison. The army has sustained the following: 177 dead and 251 wounded.|177|251",
        "A bomb exploded in the market at 14:30, killing 5 people.|5|0",
        // a year inside a relative clause after the trigger dates that clause, not the attack
        "Militants attacked an air base, killing 7 soldiers, including a sergeant who won a medal at the games held in 1995.|7|0",
        // a war's toll over its years is background, not this incident's toll
        "Gunmen attacked a village in Chalatenango today. Over 7,000 people have died during 10 years of civil war.|0|0",
        "Gunmen attacked a village in Chalatenango today. Some 75,000 people have been killed since the war began.|0|0",
        // an aggregate voids the counts of its own clause (and of the clause after it, when it opens the sentence)
        "A BOMB EXPLODED IN SAN SALVADOR TODAY. ACCORDING TO THE ARMED FORCES, 127 PERSONS HAVE BEEN KILLED AND 240 WOUNDED SINCE THE FIGHTING BEGAN.|0|0",
        "Rebels attacked the capital on Wednesday, killing seven soldiers, ahead of talks to end a decade-long civil war that has left more than 70,000 dead.|7|0",
        "A bomb exploded in San Salvador today. Since the beginning of the guerrilla offensive, approximately 2,000 people have died.|0|0",
        "A bomb killed five people in Kabul today; 40,000 have died since the war began.|5|0",
        "Rebels attacked a garrison in Usulutan today. The heightened fighting has left 2,000 dead in the past month.|0|0",
        "Rebels attacked a garrison in Usulutan today. Their month-long offensive has left 3,000 people dead.|0|0",
        // a negated lone subject is no casualty; what was fired is no count of people
        "A bomb destroyed the car of a journalist in Lima today, but Ibarra was not hurt.|0|0",
        "Gunmen attacked the embassy in Lima; the ambassador was not injured and a guard was never found.|0|0",
        "Gunmen attacked the house in Lima. The murderers fired more than 500 shots and stayed in the residence of the slain priests for an hour.|0|0",
        // wounds told with their kind; a count hurt in a relative clause that then "died" is killed
        "Gunmen attacked a checkpoint in Kandahar on Monday; three soldiers sustained gunshot wounds.|0|3",
        "A man attacked 3 police officers with a machete in Brussels. Two of them suffered stab wounds.|0|2",
        "Gunmen attacked a bank in Lima. Two guards who were shot in the attack died in hospital.|2|0",
        "Gunmen attacked a bank in Lima. Two guards who suffered gunshot wounds in the attack died in hospital.|2|0",
        "Gunmen attacked a bank in Lima. Two guards who were wounded in the attack were taken to hospital.|0|2",
        "Gunmen attacked a bank in Lima. Three soldiers who were wounded were evacuated, but a civilian died.|0|3",
        // casualties are the dead and the wounded together: no count of either
        "Rebels attacked the garrison of Tejutepeque on Sunday, inflicting 90 casualties, including dead or wounded. The army said 3 soldiers were killed and 6 wounded.|3|6",
        // "also" before an active casualty word adds its count to the one told before it, in reading order
        "A car bomb exploded in Lima. The driver died in the explosion, which also killed three passengers.|4|0",
        "A gunman shot dead two officers in the square. Before the attack, he also killed a man with a hammer.|3|0",
        "A bomb exploded in the market and killed 5 people, police said.|5|0",
        "Gunmen shot the mayor in an attack on the town hall.|0|0",
        "A bomb exploded in the market and a policeman was killed.|1|0",
        "A bomb went off and two people were killed.|2|0",
        "In a sign of a wider war, 12 hostages were executed by the gunmen.|12|0",
        // a dash after a count is no unit ("57- YEAR- OLD" below)
        "Gunmen opened fire on the bus, killing 12 - most of them students.|12|0",
        // "executed" counts the people after it, not acts
        "Soldiers executed five villagers in the square, witnesses said.|5|0",
        "The rebels executed 3 attacks on army posts overnight, the army said.|0|0",
        "Gunmen executed a carefully planned raid on the bank, killing two guards.|2|0",
        "Guerrillas attacked the town hall and executed the mayor and two councilmen.|3|0",
        "Gunmen attacked the village and executed the plan they had made, killing a farmer.|1|0",
        "Gunmen stormed the hotel. At least 21 people were killed including a Briton and an American, 28 other guests were injured.|21|28",
        // later figures for the same incident
        "A car bomb exploded at a market, killing 12 people. Two more people died in hospital, raising the death toll to 14.|14|0",
        "A gunman fired into a tram. Three people died and 3 others were seriously injured. One of the injured died of his injuries 10 days later.|4|2",
        "Gunmen killed 7 soldiers at a base. A civilian was also killed in the attack.|8|0",
        // lists joined by ", as well as", relative clauses inside the subject, digits after a tens word
        "Militants ambushed a convoy and killed 5 aid workers, as well as 2 local guides.|7|0",
        "Two tourists and a guide, who died of her wounds in hospital two days later, were killed when a knifeman attacked the resort.|3|0",
        "Gunmen opened fire in a supermarket. Twenty 2 people were killed and 24 others were injured.|22|24",
        // a verb with its own count is no "killing and injuring N" ambiguity
        "The bomber struck a checkpoint, killing at least 15 people, including 13 policemen and 1 soldier killed and wounding another 25.|15|25",
        "A man attacked 3 people in a park with a knife, killing 1 man and seriously wounding his wife.|1|1",
        // people stabbed are the injured only when no death or injury is reported otherwise
        "A man stabbed 3 people at a railway station before he was arrested.|0|3",
        "A man stabbed 2 officers, then took their guns and shot dead the 2 officers and a pedestrian.|3|0",
        // subsets are not added
        "At least 20 people were killed, including 5 children, when a bomb exploded at a school.|20|0",
        "A bomb killed 30 people at a market. Several children were among those killed.|30|0",
        // an update with words between the toll word and its rise word; it may come before the first report
        "The death toll from Sunday's bombing in Kabul has risen to 14, officials said. Six people were killed in the blast and 20 wounded.|14|20",
        "The death toll in the Kabul bombing rose to 14 on Monday.|14|0",
        "A bomb killed 6 people in Kabul on Sunday. The death toll has since risen to 14.|14|0",
        "A bomb killed 6 people in a market. The death toll rose by 2 to 8 on Monday.|8|0",
        "A bomb killed 6 people in a market. The death toll from the attack rose from 6 to 9 overnight.|9|0",
        // "the number of <casualty word>" heads a toll like "death toll"; "a number of" is no figure
        "A bomb killed 6 people at a market in Kabul. The number of people killed has risen to 14.|14|0",
        "A bomb killed 6 people at a market in Kabul. The number of dead in the Kabul bombing has since climbed to 15.|15|0",
        "A bomb killed 6 people and wounded 10 at a market in Kabul. The number of wounded rose to 30.|6|30",
        "A bomb killed 6 people at a market in Kabul. A number of people killed in the blast were children.|6|0",
        // a toll stated without a rise is a figure: the first one stands, and it is no injured count
        "A bomb killed 6 people in a market. The death toll from the attack stood at 9 and 5 people were wounded.|6|5",
        // ranges: the lower figure
        "Between 10 and 12 people were killed when a bomb exploded in a market.|10|0",
        "10 to 12 people were killed when a bomb exploded in a market.|10|0",
        "10-12 people were killed when a bomb exploded in a market.|10|0",
        "Two or three people were killed when a bomb exploded in a market.|2|0",
        "Gunmen opened fire on a bus, killing between 10 and 12 passengers.|10|0",
        "A bomb killed 6 people in a market, wounding 10 to 12 others.|6|10",
        // not a range: two statements
        "Gunmen killed four and wounded a dozen in an attack on a village.|4|12",
        // the one named before "and N others" is among them; "and" between two clauses joins no names
        "A car bomb exploded outside the court. Judge Okafor and 3 others were killed.|4|0",
        "A bomb hit the bus station; the driver and at least 6 others were injured.|0|7",
        "A roadside bomb exploded as a patrol passed. Two soldiers were killed and four others were wounded.|2|4",
        // an age set off by commas after a name is the person's age, not a head count
        "Jose Rodriguez, 65, was shot dead by gunmen outside his home on Monday.|1|0",
        "Gunmen shot dead Ana Ruiz, 34, and wounded her brother, 40, outside their shop.|1|1",
        "Gunmen opened fire on a bus, killing the driver, 52, and three passengers.|4|0",
        "A farmer, 42, was killed by gunmen near the market.|1|0",
        "A farmer, aged 42, was killed by gunmen near the market.|1|0",
        // a list of single persons as the subject counts its members: names (capitals only in mixed
        // case), persons with an age, "his/her" and a kin word
        "Gunmen opened fire on a farm. Maria Lopez, 34, and her son, 12, were shot dead.|2|0",
        "GUNMEN OPENED FIRE IN THE TOWN SQUARE. JOSE PEREZ, 21, AND JUAN GOMEZ, 20, WERE MURDERED.|2|0",
        "A BOMB EXPLODED AT A BUS STOP. ANA MARIA RUIZ, 20 YEARS OLD, AND LUIS MORA, 21, WERE KILLED.|2|0",
        "A bomb exploded outside a cafe. Ana Ruiz, Pedro Diaz and Luis Mora were killed.|3|0",
        "Gunmen attacked a bus. The driver, 52, and the guard, 40, were wounded.|0|2",
        "Gunmen ambushed a convoy. In the attack, Ana Ruiz and her husband were killed.|2|0",
        "Gunmen stormed the Hotel Ritz and Ana Ruiz and Luis Mora were killed.|2|0",
        // not one each: plural heads, bodies, a plural kin word, a group member; bare names in all caps
        "A bomb exploded at a market. Police, soldiers and firefighters were injured.|0|0",
        "A BOMB EXPLODED AT A MARKET. POLICE, SOLDIERS AND FIREFIGHTERS WERE INJURED.|0|0",
        "A bomb exploded near the barracks. Members of the National Guard and Treasury Police were wounded.|0|0",
        "A bomb exploded near the barracks. Members of the Republican Guard and National Guard were wounded.|0|0",
        "A bomb exploded in a market. Ana Ruiz and her sons were wounded.|0|0",
        "A bomb exploded in a market. Soldiers and Ana Ruiz were wounded.|0|0",
    })
    void readsToll(String text, int killed, int injured) {
        Classification c = Articles.body(text);
        assertThat(c.incident()).as("incident").isTrue();
        assertThat(c.casualties().killed()).as("killed").isEqualTo(killed);
        assertThat(c.casualties().injured()).as("injured").isEqualTo(injured);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A gunman opened fire in a mall, killing three people. He was shot dead by police.|3|4",
        "Gunmen stormed a cafe. At least 22 civilians, 2 police officers, and 5 attackers were killed in the shoot-out.|24|29",
        "A bomb exploded on the metro. 16 people were killed in the attack, including the suicide bomber.|15|16",
        "A bomb exploded in a van and killed a suspected bomber, a soldier, 4 paramilitaries and 4 civilians.|9|10",
        "A suicide bomber blew herself up at a bank, killing herself and a soldier.|1|2",
        "Nail bombs exploded at the airport and a metro station. 32 people and 3 suicide bombers were killed.|32|35",
        "A suicide bomber rammed a truck into a police post, killing 7 officers. The bomber also died.|7|8",
    })
    void attackersCountOnlyUnderTheGtdConvention(String text, int victims, int gtdTotal) {
        Classification c = victimsOnly(text);
        assertThat(c.casualties().killed()).as("victims only").isEqualTo(victims);
        assertThat(Articles.body(text).casualties().killed()).as("GTD total").isEqualTo(gtdTotal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a strike that killed only fighters: they were its targets
        "A drone strike targeted a militant hideout near the border, killing 2 militants.|2",
        "Government aircraft struck a rebel camp in the forest. Around 30 rebels were reportedly killed.|30",
        // with victims reported, fighters killed stay apart
        "An air strike hit a market, killing 5 civilians and 2 militants.|5",
        // in an assault the fighters killed are the attackers
        "Militants attacked a checkpoint with rifles. 3 militants were killed.|0",
    })
    void fightersKilledByAStrikeAreItsTargets(String text, int victims) {
        Classification c = victimsOnly(text);
        assertThat(c.incident()).isTrue();
        assertThat(c.casualties().killed()).as("victims only").isEqualTo(victims);
    }

    @Test
    void aCountedSubjectIsReadPastTheLineWrapsOfWireCopy() {
        Classification c = Articles.body("SAN SALVADOR, 3 JAN 90 -- A BOMB EXPLODED AT THE CENTRAL MARKET OF THE CITY TODAY. FIVE\n"
                + "PEASANTS WHO WERE SELLING VEGETABLES WERE KILLED AND TWO POLICEMEN ON GUARD\n"
                + "DUTY WERE WOUNDED, THE POLICE SAID.");
        assertThat(c.casualties().killed()).isEqualTo(5);
        assertThat(c.casualties().injured()).isEqualTo(2);
        Classification active = Articles.body("SAN SALVADOR, 3 JAN 90 -- URBAN GUERRILLAS ATTACKED THE CENTRAL MARKET TODAY, KILLING\n"
                + "FIVE PEASANTS WHO WERE SELLING VEGETABLES AND WOUNDING THE DRIVER OF A BUS THAT STOOD\n"
                + "NEAR THE ENTRANCE, THE POLICE SAID.");
        assertThat(active.casualties().killed()).isEqualTo(5);
        Classification single = Articles.body("SAN SALVADOR, 3 JAN 90 -- URBAN GUERRILLAS ATTACKED THE CENTRAL MARKET TODAY, WOUNDING\n"
                + "THE DRIVER OF A BUS THAT STOOD NEAR THE ENTRANCE, THE POLICE SAID.");
        assertThat(single.casualties().injured()).isEqualTo(1);
    }

    @Test
    void aNamedSubjectWithATranscribersMarkerInItsAppositionIsOnePersonWhereverTheWrapFalls() {
        Classification c = Articles.body("GUNMEN ATTACKED A CAR IN LIMA TODAY. DEPUTY JUAN PEREZ, OF THE [WORD INDISTINCT] "
                + "PARTY,\nWAS MURDERED IN THE ATTACK.");
        assertThat(c.casualties().killed()).isEqualTo(1);
        assertThat(c.evidence()).filteredOn(e -> e.field().equals("killed"))
                .singleElement().satisfies(e -> assertThat(e.text()).startsWith("DEPUTY JUAN PEREZ").endsWith("WAS MURDERED"));
        Classification oneLine = Articles.body("GUNMEN ATTACKED A CAR IN LIMA TODAY. DEPUTY JUAN PEREZ, OF THE [WORD INDISTINCT] "
                + "PARTY, WAS MURDERED IN THE ATTACK.");
        assertThat(oneLine.casualties().killed()).isEqualTo(1);
    }

    @Test
    void victimsOnlyConventionLeavesAttackersOut() {
        Classification c = victimsOnly("A gunman opened fire in a mall, killing three people. He was shot dead by police.");
        assertThat(c.casualties().killed()).isEqualTo(3);
    }

    @Test
    void aListOfPersonsReadsPastTheLineWrapsOfWireCopy() {
        Classification c = Articles.body("A BOMB EXPLODED AT A BUS STOP. ANA MARIA RUIZ, 20 YEARS OLD, AND\n"
                + "LUIS MORA, 21, WERE KILLED BY THE\nBLAST.");
        assertThat(c.casualties().killed()).isEqualTo(2);
    }

    @Test
    void headlineFigureYieldsToTheBody() {
        Classification c = Articles.classify("Gunman kills three at bar",
                "A gunman opened fire in a bar, killing two people and wounding five before he was shot dead by police.");
        assertThat(c.casualties().killed()).isEqualTo(3);
        assertThat(c.casualties().injured()).isEqualTo(5);
    }

    @Test
    void anAgeWrappedAtItsHyphensIsNoCount() {
        // the one farmer is not counted yet either (a number inside the subject stops the singular reader)
        assertThat(victimsOnly("GUERRILLAS ATTACKED THE FARM. A 57- YEAR- OLD FARMER WAS KILLED.").casualties().killed())
                .isLessThan(2);
        assertThat(victimsOnly("GUERRILLAS ATTACKED THE FARM, KILLING A 57- YEAR- OLD FARMER.").casualties().killed())
                .isEqualTo(1);
    }
}
