package it.fascicolosociale.people;

import static it.fascicolosociale.people.SyntheticPerson.campioneCinque;
import static it.fascicolosociale.people.SyntheticPerson.esempioTre;
import static it.fascicolosociale.people.SyntheticPerson.provaDue;
import static it.fascicolosociale.people.SyntheticPerson.testUno;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.people.HouseholdRuleException.Rule;

/** Households of synthetic people on the real schema, with the database's own guards behind the service. */
@IntegrationTest
@Transactional
class HouseholdsTest {

    private static final LocalDate FORMED = LocalDate.of(2026, 1, 1);

    @Autowired
    Households households;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private Long father;
    private Long mother;
    private Long son;
    private Long neighbour;

    @BeforeEach
    void registerPeople() {
        father = people.register(testUno().details()).getId();
        mother = people.register(provaDue().details()).getId();
        son = people.register(campioneCinque().details()).getId();
        neighbour = people.register(esempioTre().details()).getId();
    }

    @Test
    void formsAHouseholdWhoseMembersAreRelatedToTheReferencePerson() {
        Household household = households.form(father, FORMED);
        households.addMember(household.getId(), mother, HouseholdRelation.SPOUSE, FORMED);
        households.addMember(household.getId(), son, HouseholdRelation.CHILD, FORMED.plusDays(1));

        Household saved = households.get(household.getId());
        assertThat(saved.referencePersonId()).contains(father);
        assertThat(saved.currentMembers()).extracting(HouseholdMember::getRelation)
                .containsExactly(HouseholdRelation.REFERENCE_PERSON, HouseholdRelation.SPOUSE, HouseholdRelation.CHILD);
        assertThat(households.householdOf(son, FORMED.plusDays(1))).contains(saved);
        assertThat(households.householdOf(son, FORMED)).isEmpty();
    }

    @Test
    void refusesAPersonWhoLivesInAnotherHousehold() {
        Household first = households.form(father, FORMED);
        households.addMember(first.getId(), son, HouseholdRelation.CHILD, FORMED);
        Household second = households.form(mother, FORMED.plusDays(10));

        assertBreaks(Rule.ALREADY_IN_A_HOUSEHOLD,
                () -> households.addMember(second.getId(), son, HouseholdRelation.CHILD, FORMED.plusDays(10)));
        assertBreaks(Rule.ALREADY_IN_A_HOUSEHOLD, () -> households.form(son, FORMED.plusDays(20)));
    }

    @Test
    void letsAMemberWhoLeftJoinAnotherHouseholdTheDayAfter() {
        Household first = households.form(father, FORMED);
        households.addMember(first.getId(), son, HouseholdRelation.CHILD, FORMED);
        Household second = households.form(mother, FORMED);
        LocalDate lastDay = LocalDate.of(2026, 3, 31);

        households.removeMember(first.getId(), son, lastDay);
        assertBreaks(Rule.ALREADY_IN_A_HOUSEHOLD,
                () -> households.addMember(second.getId(), son, HouseholdRelation.CHILD, lastDay));
        households.addMember(second.getId(), son, HouseholdRelation.CHILD, lastDay.plusDays(1));

        assertThat(households.householdOf(son, lastDay)).map(Household::getId).contains(first.getId());
        assertThat(households.householdOf(son, lastDay.plusDays(1))).map(Household::getId).contains(second.getId());
    }

    @Test
    void keepsExactlyOneReferencePerson() {
        Household household = households.form(father, FORMED);
        households.addMember(household.getId(), mother, HouseholdRelation.SPOUSE, FORMED);

        assertBreaks(Rule.ONE_REFERENCE_PERSON,
                () -> households.addMember(household.getId(), neighbour, HouseholdRelation.REFERENCE_PERSON, FORMED));
        assertBreaks(Rule.REFERENCE_PERSON_STAYS,
                () -> households.removeMember(household.getId(), father, FORMED.plusDays(5)));
        assertThat(households.get(household.getId()).referencePersonId()).contains(father);
    }

    @Test
    void answersUnknownPeopleAndHouseholdsAsNotFound() {
        Household household = households.form(father, FORMED);

        assertThatThrownBy(() -> households.addMember(household.getId(), 987654L, HouseholdRelation.CHILD, FORMED))
                .isInstanceOf(PersonNotFoundException.class);
        assertThatThrownBy(() -> households.addMember(987654L, son, HouseholdRelation.CHILD, FORMED))
                .isInstanceOf(HouseholdNotFoundException.class);
        assertThatThrownBy(() -> households.form(987654L, FORMED)).isInstanceOf(PersonNotFoundException.class);
    }

    @Test
    void findsNoHouseholdForSomeoneWhoLivesInNone() {
        households.form(father, FORMED);

        assertThat(households.householdOf(neighbour)).isEmpty();
        assertThat(households.householdOf(father)).isPresent();
    }

    @Test
    void databaseRefusesTwoHouseholdsForOnePersonAtOnce() {
        households.form(father, FORMED);
        Long other = households.form(mother, FORMED).getId();

        assertThatThrownBy(() -> insertMember(other, father, "CHILD", LocalDate.of(2026, 6, 1)))
                .hasMessageContaining("household_member_one_household_at_a_time");
    }

    @Test
    void databaseRefusesASecondReferencePersonAtOnce() {
        Long household = households.form(father, FORMED).getId();

        assertThatThrownBy(() -> insertMember(household, mother, "REFERENCE_PERSON", LocalDate.of(2026, 6, 1)))
                .hasMessageContaining("household_member_one_reference_person");
    }

    private void insertMember(Long householdId, Long personId, String relation, LocalDate from) {
        jdbc.sql("insert into household_member (household_id, person_id, relation, member_from) values (?, ?, ?, ?)")
                .params(householdId, personId, relation, from).update();
    }

    private static void assertBreaks(Rule rule, Executable change) {
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(HouseholdRuleException.class,
                refusal -> assertThat(refusal.rule()).isEqualTo(rule));
    }
}
