package it.fascicolosociale.tasks.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.web.FormErrors;
import it.fascicolosociale.tasks.IntakeDesk;
import it.fascicolosociale.workflow.SubmissionRefusedException;

/**
 * The front office registers an accesso: first the person (found by codice fiscale or name, or new), then the
 * start form of the intake process. Operators outside the front office get "not found".
 */
@Controller
@RequestMapping("/intake/new")
class IntakeStartController {

    private static final String SEARCH = "tasks/intake-search";
    private static final String FORM = "tasks/intake-start";
    private static final Map<String, String> FIELDS = Map.of(
            "error.codice-fiscale.format", "codiceFiscale",
            "error.codice-fiscale.check-character", "codiceFiscale",
            "error.codice-fiscale.birth-date", "codiceFiscale",
            "error.intake-desk.name-too-short", "name");

    private final IntakeDesk desk;

    IntakeStartController(IntakeDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    String search(@ModelAttribute("search") PersonSearchForm search, BindingResult errors, Principal principal, Model model) {
        List<?> found = null;
        try {
            found = desk.search(principal.getName(), search.codiceFiscale(), search.name());
        } catch (NotFoundException missing) {
            throw missing;
        } catch (RuleViolation refused) {
            FormErrors.reject(errors, FIELDS.get(refused.messageCode()), refused);
        }
        model.addAttribute("found", search.isEmpty() ? null : found);
        boolean unknownCode = found != null && found.isEmpty() && search.codiceFiscale() != null && !search.codiceFiscale().isBlank();
        model.addAttribute("newCodiceFiscale", unknownCode ? search.codiceFiscale().strip().toUpperCase(Locale.ROOT) : null);
        return SEARCH;
    }

    @GetMapping("/form")
    String form(@RequestParam(required = false) String codiceFiscale, @RequestParam(required = false) Long personId,
                Principal principal, Model model) {
        model.addAttribute("page", desk.form(principal.getName(), codiceFiscale, personId));
        return FORM;
    }

    @PostMapping
    String start(HttpServletRequest request, Principal principal, Model model, RedirectAttributes redirect) {
        try {
            desk.start(principal.getName(), request.getParameterMap());
            redirect.addFlashAttribute("intakeStarted", true);
            return "redirect:/?view=groups";
        } catch (SubmissionRefusedException refused) {
            model.addAttribute("page", desk.refused(principal.getName(), request.getParameterMap(), refused.problems()));
            return FORM;
        }
    }

    /** The form again with the fields that apply to what was typed so far; nothing is saved. */
    @PostMapping("/refresh")
    String refresh(HttpServletRequest request, Principal principal, Model model) {
        model.addAttribute("page", desk.refreshed(principal.getName(), request.getParameterMap()));
        return FORM;
    }
}
