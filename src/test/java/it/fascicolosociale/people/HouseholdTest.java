package it.fascicolosociale.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import it.fascicolosociale.people.HouseholdRuleException.Rule;

/** The rules a household keeps by itself, without the database. */
class HouseholdTest {

    private static final Long REFERENCE = 1L;
    private static final Long SPOUSE = 2L;
    private static final Long CHILD = 3L;
    private static final LocalDate FORMED = LocalDate.of(2026, 1, 1);

    private final Household household = Household.formedBy(REFERENCE, FORMED);

    @Test
    void startsWithItsReferencePersonAlone() {
        assertThat(household.referencePersonId()).contains(REFERENCE);
        assertThat(household.currentMembers()).extracting(HouseholdMember::getRelation)
                .containsExactly(HouseholdRelation.REFERENCE_PERSON);
    }

    @Test
    void listsTheReferencePersonFirstAndThenMembersInTheOrderTheyJoined() {
        household.add(CHILD, HouseholdRelation.CHILD, FORMED.plusDays(1));
        household.add(SPOUSE, HouseholdRelation.SPOUSE, FORMED);

        assertThat(household.currentMembers()).extracting(HouseholdMember::getPersonId)
                .containsExactly(REFERENCE, CHILD, SPOUSE);
    }

    @Test
    void hasOneReferencePerson() {
        assertBreaks(Rule.ONE_REFERENCE_PERSON,
                () -> household.add(SPOUSE, HouseholdRelation.REFERENCE_PERSON, FORMED));
    }

    @Test
    void refusesAMemberWhoJoinsBeforeTheHouseholdWasFormed() {
        assertBreaks(Rule.JOINS_BEFORE_FORMATION,
                () -> household.add(SPOUSE, HouseholdRelation.SPOUSE, FORMED.minusDays(1)));
    }

    @Test
    void refusesAMemberTwice() {
        household.add(SPOUSE, HouseholdRelation.SPOUSE, FORMED);

        assertBreaks(Rule.ALREADY_IN_A_HOUSEHOLD,
                () -> household.add(SPOUSE, HouseholdRelation.PARTNER, FORMED.plusDays(5)));
    }

    @Test
    void takesBackAMemberFromTheDayAfterTheyLeft() {
        household.add(CHILD, HouseholdRelation.CHILD, FORMED);
        household.remove(CHILD, FORMED.plusDays(9));

        assertBreaks(Rule.ALREADY_IN_A_HOUSEHOLD,
                () -> household.add(CHILD, HouseholdRelation.CHILD, FORMED.plusDays(9)));
        household.add(CHILD, HouseholdRelation.CHILD, FORMED.plusDays(10));
        assertThat(household.getMembers()).filteredOn(member -> member.getPersonId().equals(CHILD)).hasSize(2);
    }

    @Test
    void refusesLeavingBeforeJoining() {
        household.add(CHILD, HouseholdRelation.CHILD, FORMED.plusDays(3));

        assertBreaks(Rule.LEAVES_BEFORE_JOINING, () -> household.remove(CHILD, FORMED.plusDays(2)));
    }

    @Test
    void refusesRemovingSomeoneWhoIsNotAMember() {
        assertBreaks(Rule.NOT_A_MEMBER, () -> household.remove(SPOUSE, FORMED));
    }

    @Test
    void keepsTheReferencePersonWhileOthersLiveInTheHousehold() {
        household.add(SPOUSE, HouseholdRelation.SPOUSE, FORMED);

        assertBreaks(Rule.REFERENCE_PERSON_STAYS, () -> household.remove(REFERENCE, FORMED.plusDays(30)));
    }

    @Test
    void isDissolvedWhenTheReferencePersonLeavesLast() {
        household.add(SPOUSE, HouseholdRelation.SPOUSE, FORMED);
        household.remove(SPOUSE, FORMED.plusDays(30));
        household.remove(REFERENCE, FORMED.plusDays(31));

        assertThat(household.referencePersonId()).isEmpty();
        assertThat(household.currentMembers()).isEmpty();
        assertBreaks(Rule.DISSOLVED, () -> household.add(CHILD, HouseholdRelation.CHILD, FORMED.plusDays(40)));
    }

    private static void assertBreaks(Rule rule, Executable change) {
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(HouseholdRuleException.class,
                refusal -> assertThat(refusal.rule()).isEqualTo(rule));
    }
}
