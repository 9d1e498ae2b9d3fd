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

import it.fascicolosociale.organization.OrganizationalUnit;
import it.fascicolosociale.organization.Units;

/** The organizational units: list, register, describe. */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    private static final String LIST = "redirect:/admin/units";
    private static final FormSave SAVE = new FormSave(Map.of(
            "error.unit.code-format", "code",
            "error.duplicate.unit-code", "code",
            "error.unit.name-required", "name",
            "error.unit.managing-body-required", "managingBodyId",
            "error.unknown.managing-body", "managingBodyId",
            "error.unknown.unit-function", "function",
            "error.unknown.user-area", "userArea",
            "error.unknown.municipality", "coveredMunicipalityIds"));

    private final Units units;
    private final OrganizationChoices choices;

    UnitAdminController(Units units, OrganizationChoices choices) {
        this.units = units;
        this.choices = choices;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("units", units.all());
        model.addAttribute("managingBodies", choices.managingBodyNames());
        return "organization/units";
    }

    @GetMapping("/new")
    String newUnit(Model model) {
        model.addAttribute("form", UnitForm.empty());
        return formPage(model, null);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        return SAVE.attempt(errors, () -> units.register(form.code(), form.profile()))
                .map(unit -> saved(unit, redirect))
                .orElseGet(() -> formPage(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", UnitForm.of(units.get(id)));
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    String describe(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return SAVE.attempt(errors, () -> units.describe(id, form.version(), form.profile()))
                .map(unit -> saved(unit, redirect))
                .orElseGet(() -> formPage(model, id));
    }

    private String formPage(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("creating", id == null);
        model.addAttribute("managingBodies", choices.managingBodies());
        model.addAttribute("functions", choices.functions());
        model.addAttribute("userAreas", choices.userAreas());
        model.addAttribute("municipalities", choices.municipalities());
        return "organization/unit-form";
    }

    private static String saved(OrganizationalUnit unit, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", unit.getName());
        return LIST;
    }
}
