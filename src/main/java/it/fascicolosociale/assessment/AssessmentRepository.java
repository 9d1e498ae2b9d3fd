package it.fascicolosociale.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByCaseIdAndStatus(Long caseId, AssessmentStatus status);

    List<Assessment> findByCaseIdOrderByRequestedAtDesc(Long caseId);
}
