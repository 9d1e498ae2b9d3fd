package it.fascicolosociale.organization.web;

import java.util.Map;

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

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.Municipality;

/** The comuni of the social district: list, register, correct. */
@Controller
@RequestMapping("/admin/municipalities")
class MunicipalityAdminController {

    private static final String FORM = "organization/municipality-form";
    private static final FormSave SAVE = new FormSave(Map.of(
            "error.istat-code.format", "istatCode",
            "error.duplicate.istat-code", "istatCode",
            "error.cadastral-code.format", "cadastralCode",
            "error.duplicate.cadastral-code", "cadastralCode"));

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
        return SAVE.attempt(errors, () -> municipalities.register(form.istat(), form.registry()))
                .map(saved -> saved(saved, redirect))
                .orElse(FORM);
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
        return SAVE.attempt(errors, () -> municipalities.correct(new IstatCode(istatCode), form.version(), form.registry()))
                .map(saved -> saved(saved, redirect))
                .orElse(FORM);
    }

    private static String saved(Municipality municipality, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", municipality.getName());
        return "redirect:/admin/municipalities";
    }
}
