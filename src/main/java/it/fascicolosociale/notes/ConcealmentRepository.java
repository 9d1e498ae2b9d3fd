package it.fascicolosociale.notes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConcealmentRepository extends JpaRepository<Concealment, Long> {

    List<Concealment> findByCaseIdAndRevokedAtIsNullOrderByRecordedAtDesc(Long caseId);
}
