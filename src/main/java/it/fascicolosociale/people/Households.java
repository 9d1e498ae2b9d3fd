package it.fascicolosociale.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.people.HouseholdRuleException.Rule;

/**
 * Households and who lives in them. A person lives in at most one household at a time: checked here
 * across households, and by an exclusion constraint in the database against concurrent changes.
 */
@Service
@Transactional
public class Households {

    private final HouseholdRepository households;
    private final People people;
    private final Clock clock;

    Households(HouseholdRepository households, People people, Clock clock) {
        this.households = households;
        this.people = people;
        this.clock = clock;
    }

    /** Forms a household whose reference person lives in it from {@code from}. */
    public Household form(Long referencePersonId, LocalDate from) {
        requireFreeFrom(referencePersonId, from);
        return households.saveAndFlush(Household.formedBy(referencePersonId, from));
    }

    public Household addMember(Long householdId, Long personId, HouseholdRelation relation, LocalDate from) {
        Household household = households.findForChangeById(householdId)
                .orElseThrow(() -> new HouseholdNotFoundException(householdId));
        requireFreeFrom(personId, from);
        household.add(personId, relation, from);
        return households.saveAndFlush(household);
    }

    /** The member leaves the household after {@code lastDay}. */
    public Household removeMember(Long householdId, Long personId, LocalDate lastDay) {
        Household household = households.findForChangeById(householdId)
                .orElseThrow(() -> new HouseholdNotFoundException(householdId));
        household.remove(personId, lastDay);
        return households.saveAndFlush(household);
    }

    @Transactional(readOnly = true)
    public Household get(Long id) {
        return households.findById(id).orElseThrow(() -> new HouseholdNotFoundException(id));
    }

    /** The household the person lives in today, if any. */
    @Transactional(readOnly = true)
    public Optional<Household> householdOf(Long personId) {
        return householdOf(personId, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public Optional<Household> householdOf(Long personId, LocalDate day) {
        return households.findByMemberOn(personId, day);
    }

    private void requireFreeFrom(Long personId, LocalDate from) {
        people.get(personId);
        if (households.hasMembershipOnOrAfter(personId, from)) {
            throw new HouseholdRuleException(Rule.ALREADY_IN_A_HOUSEHOLD, personId);
        }
    }
}
