package it.fascicolosociale.notes;

import java.time.Instant;

/** What a list shows of a document of a case, without its content. */
public record DocumentSummary(Long id, Long caseId, String title, String fileName, String contentType, int sizeBytes,
                              Visibility visibility, String uploadedBy, Instant uploadedAt) {

    public DocumentType type() {
        return DocumentType.ofMediaType(contentType).orElseThrow();
    }
}
