package it.fascicolosociale.organization.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.organization.DuplicateCodeException;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.web.FormErrors;

/** The comuni of the social district: list, register, correct. */
@Controller
@RequestMapping("/admin/municipalities")
class MunicipalityAdminController {

    private static final String FORM = "organization/municipality-form";

    private final Municipalities municipalities;

    MunicipalityAdminController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("municipalities", municipalities.all());
        return "organization/municipalities";
    }

    @GetMapping("/new")
    String newMunicipality(Model model) {
        model.addAttribute("form", MunicipalityForm.empty());
        model.addAttribute("creating", true);
        return FORM;
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") MunicipalityForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            municipalities.register(form.istat(), form.registry());
        } catch (RuleViolation violation) {
            FormErrors.reject(errors, fieldOf(violation), violation);
            return FORM;
        }
        redirect.addFlashAttribute("saved", form.name());
        return "redirect:/admin/municipalities";
    }

    @GetMapping("/{istatCode}")
    String edit(@PathVariable String istatCode, Model model) {
        model.addAttribute("form", MunicipalityForm.of(municipalities.get(new IstatCode(istatCode))));
        model.addAttribute("creating", false);
        return FORM;
    }

    @PostMapping("/{istatCode}")
    String correct(@PathVariable String istatCode, @Valid @ModelAttribute("form") MunicipalityForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("creating", false);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            municipalities.correct(new IstatCode(istatCode), form.version(), form.registry());
        } catch (RuleViolation violation) {
            FormErrors.reject(errors, fieldOf(violation), violation);
            return FORM;
        }
        redirect.addFlashAttribute("saved", form.name());
        return "redirect:/admin/municipalities";
    }

    private static String fieldOf(RuleViolation violation) {
        if (violation instanceof DuplicateCodeException duplicate) {
            return switch (duplicate.kind()) {
                case ISTAT_CODE -> "istatCode";
                case CADASTRAL_CODE -> "cadastralCode";
                default -> null;
            };
        }
        return null;
    }
}
