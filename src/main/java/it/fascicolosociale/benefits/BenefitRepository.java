package it.fascicolosociale.benefits;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitRepository extends JpaRepository<Benefit, Long> {

    List<Benefit> findByCaseIdOrderById(Long caseId);

    List<Benefit> findByPersonIdOrderById(Long personId);
}
