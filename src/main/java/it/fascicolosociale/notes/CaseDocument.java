package it.fascicolosociale.notes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document of a social file (a report, a certificate, a scanned letter), with the type recognised from its
 * content. Uploaded once and never changed, like the diary: a new version is a new document.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(updatable = false)
    private String title;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "content_type", updatable = false)
    private String contentType;

    @Column(name = "size_bytes", updatable = false)
    private int sizeBytes;

    @Column(updatable = false)
    private byte[] content;

    @Convert(converter = NoteConverters.VisibilityConverter.class)
    @Column(updatable = false)
    private Visibility visibility;

    @Column(name = "uploaded_by", updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", updatable = false)
    private Instant uploadedAt;

    protected CaseDocument() {
    }

    static CaseDocument upload(Long caseId, DocumentUpload upload, DocumentType type, String operator, Instant at) {
        CaseDocument document = new CaseDocument();
        document.caseId = caseId;
        document.title = upload.title();
        document.fileName = upload.fileName();
        document.contentType = type.mediaType();
        document.sizeBytes = upload.content().length;
        document.content = upload.content().clone();
        document.visibility = upload.visibility();
        document.uploadedBy = operator;
        document.uploadedAt = at;
        return document;
    }

    public DocumentSummary summary() {
        return new DocumentSummary(id, caseId, title, fileName, contentType, sizeBytes, visibility, uploadedBy, uploadedAt);
    }

    public byte[] content() {
        return content.clone();
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public DocumentType getType() {
        return DocumentType.ofMediaType(contentType).orElseThrow();
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
