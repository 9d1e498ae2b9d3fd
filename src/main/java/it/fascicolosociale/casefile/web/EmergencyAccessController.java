package it.fascicolosociale.casefile.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.fascicolosociale.access.EmergencyAccessDesk;
import it.fascicolosociale.access.EmergencyReason;
import it.fascicolosociale.platform.web.Option;

/**
 * Break-the-glass, offered from the person search after an exact codice fiscale found nothing the operator may
 * see (whether or not a file exists: the offer is the same). The request opens the file for an hour if one exists;
 * otherwise it says so. Either way it is recorded, logged and reviewed by the DPO.
 */
@Controller
class EmergencyAccessController {

    private static final String VIEW = "casefile/emergency-access";
    private static final Attempt REQUEST = new Attempt(Map.of(
            "error.emergency-access.reason-required", "reason", "error.emergency-access.explanation-required", "explanation",
            "error.emergency-access.explanation-too-long", "explanation", "error.codice-fiscale.format", "codiceFiscale",
            "error.codice-fiscale.check-character", "codiceFiscale", "error.codice-fiscale.birth-date", "codiceFiscale"),
            "reason");

    private final EmergencyAccessDesk desk;
    private final MessageSource messages;

    EmergencyAccessController(EmergencyAccessDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/emergency-access/new")
    String form(@RequestParam(defaultValue = "") String codiceFiscale, Model model) {
        model.addAttribute("request", EmergencyAccessForm.of(codiceFiscale.strip().toUpperCase(java.util.Locale.ROOT)));
        return page(model);
    }

    @PostMapping("/emergency-access")
    String open(@Valid @ModelAttribute("request") EmergencyAccessForm form, BindingResult errors, Principal operator, Model model) {
        var opened = REQUEST.run(errors, () -> desk.open(operator.getName(), form.codiceFiscale(),
                EmergencyReason.fromCode(form.reason()), form.explanation()));
        if (opened.isEmpty()) {
            return page(model);
        }
        return opened.get().personId().map(personId -> "redirect:/people/" + personId).orElse("casefile/emergency-access-none");
    }

    /** The operator is done before the hour: the file closes to them now, and the search page says so. */
    @PostMapping("/emergency-access/{emergencyAccessId}/end")
    String end(@PathVariable Long emergencyAccessId, Principal operator) {
        desk.end(operator.getName(), emergencyAccessId);
        return "redirect:/people?emergency-ended";
    }

    private String page(Model model) {
        model.addAttribute("reasons", Arrays.stream(EmergencyReason.values()).map(reason -> Option.of(reason.code(),
                messages.getMessage("emergency-reason." + reason.code(), null, LocaleContextHolder.getLocale()))).toList());
        return VIEW;
    }
}
