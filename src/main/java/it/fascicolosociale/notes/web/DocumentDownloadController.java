package it.fascicolosociale.notes.web;

import java.security.Principal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import it.fascicolosociale.notes.CaseDocument;
import it.fascicolosociale.notes.CaseDocuments;

/**
 * Serves a document of a case as a download with the type recognised at upload, never rendered inline, never
 * sniffed by the browser, never cached: after the access check of the case, as any read of the social file.
 */
@Controller
class DocumentDownloadController {

    private final CaseDocuments documents;

    DocumentDownloadController(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/cases/{caseId}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable Long caseId, @PathVariable Long documentId, Principal operator) {
        CaseDocument document = documents.download(operator.getName(), caseId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getType().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(document.content());
    }
}
