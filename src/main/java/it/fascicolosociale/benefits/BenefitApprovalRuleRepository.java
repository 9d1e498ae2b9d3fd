package it.fascicolosociale.benefits;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BenefitApprovalRuleRepository extends JpaRepository<BenefitApprovalRule, Long> {

    @Query("""
            select r from BenefitApprovalRule r
            where r.managingBodyId = :managingBodyId
              and r.validFrom <= :day and (r.validTo is null or r.validTo >= :day)""")
    Optional<BenefitApprovalRule> findInForce(Long managingBodyId, LocalDate day);

    @Query("""
            select r from BenefitApprovalRule r
            where r.managingBodyId is null
              and r.validFrom <= :day and (r.validTo is null or r.validTo >= :day)""")
    Optional<BenefitApprovalRule> findDefaultInForce(LocalDate day);
}
