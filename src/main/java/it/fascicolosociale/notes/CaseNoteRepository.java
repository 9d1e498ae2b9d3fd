package it.fascicolosociale.notes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

    List<CaseNote> findByCaseIdOrderByDayDescIdDesc(Long caseId);
}
