package it.fascicolosociale.notes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    /** The documents of a case without their content, the newest first. */
    @Query("""
            select new it.fascicolosociale.notes.DocumentSummary(d.id, d.caseId, d.title, d.fileName, d.contentType,
                d.sizeBytes, d.visibility, d.uploadedBy, d.uploadedAt)
            from CaseDocument d where d.caseId = :caseId order by d.uploadedAt desc, d.id desc""")
    List<DocumentSummary> summariesOf(Long caseId);
}
