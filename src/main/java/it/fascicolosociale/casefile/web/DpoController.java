package it.fascicolosociale.casefile.web;

import java.security.Principal;
import java.time.format.DateTimeParseException;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.fascicolosociale.audit.AccessLogQuery;
import it.fascicolosociale.casefile.AccessReports;
import it.fascicolosociale.platform.web.Option;

/**
 * The DPO's pages: the access log with its filters, pages and chain check (and the button verifying the whole chain now), and the access report of a person as
 * PDF. Anyone without the DPO role finds nothing here (404).
 */
@Controller
class DpoController {

    private static final List<String> ACTIONS = List.of("READ", "WRITE", "SEARCH", "EXPORT", "DOWNLOAD", "API");
    private static final List<String> PURPOSES = List.of("case-work", "task", "front-office", "referral", "break-the-glass",
            "data-subject-request");

    private final AccessReports reports;
    private final MessageSource messages;

    DpoController(AccessReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/dpo/access-log")
    String log(@Valid @ModelAttribute("filter") AccessLogForm form, BindingResult errors, Principal operator, Model model) {
        AccessLogQuery.Filter filter = new AccessLogQuery.Filter(null, null, null, null, null, null, null);
        if (!errors.hasErrors()) {
            try {
                filter = form.filter();
            } catch (DateTimeParseException impossibleDay) {
                errors.reject("validation.access-log.day");
            }
        }
        model.addAttribute("view", reports.log(operator.getName(), filter, errors.hasErrors() ? 0 : form.pageNumber()));
        model.addAttribute("actions", options(ACTIONS, "access-action."));
        model.addAttribute("purposes", options(PURPOSES, "access-purpose."));
        return "casefile/dpo-log";
    }

    @PostMapping("/dpo/access-log/verification")
    String verifyWholeChain(Principal operator) {
        reports.verifyWholeChain(operator.getName());
        return "redirect:/dpo/access-log";
    }

    private List<Option> options(List<String> codes, String prefix) {
        return codes.stream().map(code -> Option.of(code,
                messages.getMessage(prefix + code, null, LocaleContextHolder.getLocale()))).toList();
    }

    @GetMapping("/dpo/access-report.pdf")
    ResponseEntity<byte[]> report(@RequestParam String codiceFiscale, Principal operator) {
        byte[] pdf = reports.citizenReport(operator.getName(), codiceFiscale.strip().toUpperCase(java.util.Locale.ROOT));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("registro-accessi.pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
