package it.fascicolosociale.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.organization.Delegation;
import it.fascicolosociale.organization.Delegations;
import it.fascicolosociale.organization.UserArea;

/** The delegation table (matrice delle deleghe): the matrix on a day, register, revise. */
@Controller
@RequestMapping("/admin/delegations")
class DelegationAdminController {

    private static final FormSave SAVE = new FormSave(Map.of(
            "error.unknown.municipality", "municipalityId",
            "error.unknown.user-area", "userArea",
            "error.unknown.managing-body", "managingBodyId",
            "error.unknown.unit", "unitId",
            "error.delegation.unit-of-other-body", "unitId",
            "error.delegation.overlap", "validFrom",
            "error.period.reversed", "validTo"));

    private final Delegations delegations;
    private final OrganizationChoices choices;
    private final Clock clock;

    DelegationAdminController(Delegations delegations, OrganizationChoices choices, Clock clock) {
        this.delegations = delegations;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping
    String matrix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  Model model) {
        model.addAttribute("matrix", delegations.matrixOn(day == null ? LocalDate.now(clock) : day));
        model.addAttribute("areas", UserArea.values());
        return "organization/delegations";
    }

    @GetMapping("/new")
    String newDelegation(Model model) {
        model.addAttribute("form", DelegationForm.startingNextYear(clock));
        return formPage(model, null);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") DelegationForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        return SAVE.attempt(errors, () -> delegations.register(form.terms()))
                .map(delegation -> saved(delegation, redirect))
                .orElseGet(() -> formPage(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", DelegationForm.of(delegations.get(id)));
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    String revise(@PathVariable Long id, @Valid @ModelAttribute("form") DelegationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return SAVE.attempt(errors, () -> delegations.revise(id, form.version(), form.terms()))
                .map(delegation -> saved(delegation, redirect))
                .orElseGet(() -> formPage(model, id));
    }

    private String formPage(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("creating", id == null);
        model.addAttribute("municipalities", choices.municipalities());
        model.addAttribute("userAreas", choices.userAreas());
        model.addAttribute("managingBodies", choices.managingBodies());
        model.addAttribute("units", choices.units());
        return "organization/delegation-form";
    }

    /** Back to the matrix on the day the saved delegation starts, where the change shows. */
    private static String saved(Delegation delegation, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        redirect.addAttribute("day", delegation.getValidFrom().toString());
        return "redirect:/admin/delegations";
    }
}
