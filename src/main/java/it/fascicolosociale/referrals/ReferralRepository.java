package it.fascicolosociale.referrals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByCaseIdOrderByRequestedAtDesc(Long caseId);

    List<Referral> findByPersonIdOrderByRequestedAtDesc(Long personId);
}
