package it.fascicolosociale.casefile.web;

import java.security.Principal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import it.fascicolosociale.casefile.CasePdfs;

/** The PAI in force and the relazione sociale of a case as PDF downloads with the ente's header. */
@Controller
class CasePdfController {

    private final CasePdfs pdfs;

    CasePdfController(CasePdfs pdfs) {
        this.pdfs = pdfs;
    }

    @GetMapping("/cases/{caseId}/plan.pdf")
    ResponseEntity<byte[]> plan(@PathVariable Long caseId, Principal operator) {
        return pdf(pdfs.plan(operator.getName(), caseId), "pai-caso-" + caseId + ".pdf");
    }

    @GetMapping("/cases/{caseId}/social-report.pdf")
    ResponseEntity<byte[]> socialReport(@PathVariable Long caseId, Principal operator) {
        return pdf(pdfs.socialReport(operator.getName(), caseId), "relazione-sociale-caso-" + caseId + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
