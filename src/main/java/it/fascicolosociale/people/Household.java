package it.fascicolosociale.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import it.fascicolosociale.people.HouseholdRuleException.Rule;

/**
 * A household (nucleo familiare): the people living together, each related to one reference person
 * (intestatario). Members join and leave on given days; the household keeps exactly one reference person
 * until it is dissolved, when the reference person leaves last. Members are persons known by id.
 */
@Entity
public class Household {

    /** From the sequence before the insert, as {@link Person#getId()}: nobody may read a household without members. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_id")
    @SequenceGenerator(name = "household_id", sequenceName = "household_id_seq", allocationSize = 1)
    private Long id;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    @OrderBy("memberFrom, id")
    private List<HouseholdMember> members = new ArrayList<>();

    @Version
    private long version;

    protected Household() {
    }

    /** A new household, formed by its reference person on a day. */
    static Household formedBy(Long referencePersonId, LocalDate from) {
        Household household = new Household();
        household.members.add(new HouseholdMember(referencePersonId, HouseholdRelation.REFERENCE_PERSON, from));
        return household;
    }

    void add(Long personId, HouseholdRelation relation, LocalDate from) {
        if (relation == HouseholdRelation.REFERENCE_PERSON) {
            throw new HouseholdRuleException(Rule.ONE_REFERENCE_PERSON, personId);
        }
        HouseholdMember reference = currentReferencePerson()
                .orElseThrow(() -> new HouseholdRuleException(Rule.DISSOLVED, personId));
        if (from.isBefore(reference.getPeriod().from())) {
            throw new HouseholdRuleException(Rule.JOINS_BEFORE_FORMATION, personId);
        }
        boolean alreadyMember = members.stream().anyMatch(member -> member.getPersonId().equals(personId)
                && (member.isCurrent() || !member.getPeriod().to().isBefore(from)));
        if (alreadyMember) {
            throw new HouseholdRuleException(Rule.ALREADY_IN_A_HOUSEHOLD, personId);
        }
        members.add(new HouseholdMember(personId, relation, from));
    }

    /** The member leaves; {@code lastDay} is the last day they live in the household. */
    void remove(Long personId, LocalDate lastDay) {
        HouseholdMember member = members.stream()
                .filter(candidate -> candidate.isCurrent() && candidate.getPersonId().equals(personId))
                .findFirst()
                .orElseThrow(() -> new HouseholdRuleException(Rule.NOT_A_MEMBER, personId));
        if (lastDay.isBefore(member.getPeriod().from())) {
            throw new HouseholdRuleException(Rule.LEAVES_BEFORE_JOINING, personId);
        }
        if (member.isReferencePerson() && currentMembers().size() > 1) {
            throw new HouseholdRuleException(Rule.REFERENCE_PERSON_STAYS, personId);
        }
        member.leave(lastDay);
    }

    /** The members who have not left, the reference person first. */
    public List<HouseholdMember> currentMembers() {
        return members.stream().filter(HouseholdMember::isCurrent)
                .sorted((a, b) -> Boolean.compare(b.isReferencePerson(), a.isReferencePerson()))
                .toList();
    }

    /** The person the others are related to; empty once the household is dissolved. */
    public Optional<Long> referencePersonId() {
        return currentReferencePerson().map(HouseholdMember::getPersonId);
    }

    private Optional<HouseholdMember> currentReferencePerson() {
        return members.stream().filter(member -> member.isCurrent() && member.isReferencePerson()).findFirst();
    }

    public Long getId() {
        return id;
    }

    /** Every membership, past and current, in the order members joined. */
    public List<HouseholdMember> getMembers() {
        return List.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
