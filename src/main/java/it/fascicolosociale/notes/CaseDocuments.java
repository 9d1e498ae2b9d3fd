package it.fascicolosociale.notes;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.access.FileUse;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The documents of a case: uploaded within the size limit ({@code fascicolo.documents.max-size}) when their content
 * is of an accepted type, and read only by those their visibility lets read them.
 */
@Service
@Transactional
public class CaseDocuments {

    private static final Logger log = LoggerFactory.getLogger(CaseDocuments.class);

    private final CaseDocumentRepository documents;
    private final Cases cases;
    private final DataSize maxSize;
    private final Clock clock;
    private final FileAccess access;
    private final Concealments concealments;

    CaseDocuments(CaseDocumentRepository documents, Cases cases,
                  @Value("${fascicolo.documents.max-size:10MB}") DataSize maxSize, Clock clock, FileAccess access,
                  Concealments concealments) {
        this.access = access;
        this.concealments = concealments;
        this.documents = documents;
        this.cases = cases;
        this.maxSize = maxSize;
        this.clock = clock;
    }

    public DocumentSummary upload(Long caseId, DocumentUpload upload, String operator) {
        cases.get(caseId);
        if (upload.content().length > maxSize.toBytes()) {
            throw new RuleViolation("error.document.too-large", "document of " + upload.content().length + " bytes",
                    maxSize.toMegabytes());
        }
        DocumentType type = DocumentType.of(upload.content()).orElseThrow(() ->
                new RuleViolation("error.document.type-not-accepted", "content of no accepted type"));
        CaseDocument saved = documents.save(CaseDocument.upload(caseId, upload, type, operator, clock.instant()));
        log.info("Document {} ({}) uploaded to case {} by {}", saved.getId(), type, caseId, operator);
        return saved.summary();
    }

    /** The documents of the case the reader may see, the newest first. */
    @Transactional(readOnly = true)
    public List<DocumentSummary> readableBy(Long caseId, String reader) {
        SocialCase socialCase = cases.get(caseId);
        Set<String> concealed = concealments.concealed(caseId);
        return documents.summariesOf(caseId).stream()
                .filter(document -> document.visibility().lets(reader, document.uploadedBy(), socialCase))
                .filter(document -> Concealments.lets(concealed, key(document.id()), reader, document.uploadedBy(), socialCase))
                .toList();
    }

    /**
     * The document with its content for a download, logged as such: after the access check of the case, if it
     * belongs to the case and the reader may see it. A refusal looks like a missing document.
     */
    public CaseDocument download(String reader, Long caseId, Long documentId) {
        access.requireCase(reader, caseId, FileUse.download("document", documentId));
        return read(caseId, documentId, reader);
    }

    /** The document with its content, if it belongs to the case and the reader may see it. */
    @Transactional(readOnly = true)
    public CaseDocument read(Long caseId, Long documentId, String reader) {
        SocialCase socialCase = cases.get(caseId);
        return documents.findById(documentId)
                .filter(document -> document.getCaseId().equals(caseId))
                .filter(document -> document.getVisibility().lets(reader, document.getUploadedBy(), socialCase))
                .filter(document -> Concealments.lets(concealments.concealed(caseId), key(documentId), reader,
                        document.getUploadedBy(), socialCase))
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
    }

    private static String key(Long documentId) {
        return Concealment.DOCUMENT + "-" + documentId;
    }

    public long maxSizeInMegabytes() {
        return maxSize.toMegabytes();
    }
}
