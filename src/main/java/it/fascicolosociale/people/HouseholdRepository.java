package it.fascicolosociale.people;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long> {

    /** Loads a household to change it: its version goes up on commit even if only a member's period changes. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<Household> findForChangeById(Long id);

    @Query("""
            select count(m) > 0 from Household h join h.members m
            where m.personId = :personId and (m.memberTo is null or m.memberTo >= :day)""")
    boolean hasMembershipOnOrAfter(Long personId, LocalDate day);

    @Query("""
            select h from Household h join h.members m
            where m.personId = :personId and m.memberFrom <= :day and (m.memberTo is null or m.memberTo >= :day)""")
    Optional<Household> findByMemberOn(Long personId, LocalDate day);
}
