package it.fascicolosociale.people;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import it.fascicolosociale.platform.Period;

/** A person's membership of a household for a period, both ends included; part of the {@link Household}. */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private HouseholdRelation relation;

    @Column(name = "member_from", updatable = false)
    private LocalDate memberFrom;

    @Column(name = "member_to")
    private LocalDate memberTo;

    protected HouseholdMember() {
    }

    HouseholdMember(Long personId, HouseholdRelation relation, LocalDate from) {
        this.personId = personId;
        this.relation = relation;
        this.memberFrom = from;
    }

    void leave(LocalDate lastDay) {
        this.memberTo = lastDay;
    }

    boolean isCurrent() {
        return memberTo == null;
    }

    boolean isReferencePerson() {
        return relation == HouseholdRelation.REFERENCE_PERSON;
    }

    public Long getPersonId() {
        return personId;
    }

    public HouseholdRelation getRelation() {
        return relation;
    }

    public Period getPeriod() {
        return new Period(memberFrom, memberTo);
    }
}
