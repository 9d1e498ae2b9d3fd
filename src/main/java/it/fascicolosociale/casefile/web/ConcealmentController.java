package it.fascicolosociale.casefile.web;

import java.security.Principal;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.casefile.CaseFiles;
import it.fascicolosociale.notes.ConcealmentRequester;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The oscuramento panel of the social file: the case manager records the person's request to conceal a note or a
 * document from the other services, or revokes it. A refused request goes back to the panel with its reason in
 * Italian and changes nothing.
 */
@Controller
class ConcealmentController {

    private static final String PANEL = "#concealments";

    private final CaseFiles caseFiles;

    ConcealmentController(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @PostMapping("/cases/{caseId}/concealments")
    String conceal(@PathVariable Long caseId, @RequestParam(defaultValue = "") String item,
                   @RequestParam(defaultValue = "") String requestedBy, @RequestParam(defaultValue = "") String requestedOn,
                   Principal operator, RedirectAttributes redirect) {
        return attempt(caseId, redirect, () -> caseFiles.conceal(operator.getName(), caseId, item,
                requestedBy.isBlank() ? null : ConcealmentRequester.fromCode(requestedBy),
                requestedOn.isBlank() || !requestedOn.matches(Days.PATTERN) ? null : Days.parse(requestedOn)), "case.concealment.recorded");
    }

    @PostMapping("/cases/{caseId}/concealments/{concealmentId}/revoke")
    String revoke(@PathVariable Long caseId, @PathVariable Long concealmentId, Principal operator, RedirectAttributes redirect) {
        return attempt(caseId, redirect, () -> {
            caseFiles.revokeConcealment(operator.getName(), caseId, concealmentId);
            return concealmentId;
        }, "case.concealment.revoked");
    }

    private static String attempt(Long caseId, RedirectAttributes redirect, java.util.function.Supplier<Long> change, String done) {
        try {
            change.get();
            redirect.addFlashAttribute("concealmentDone", done);
        } catch (NotFoundException missing) {
            throw missing;
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("concealmentError", refused.messageCode());
        } catch (DateTimeParseException impossibleDay) {
            redirect.addFlashAttribute("concealmentError", "error.concealment.requested-on");
        }
        return "redirect:/cases/" + caseId + PANEL;
    }
}
