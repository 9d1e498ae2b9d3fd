package it.fascicolosociale.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.organization.Operators;

/** The operators' accounts and their roles in units: list, register, update. */
@Controller
@RequestMapping("/admin/operators")
class OperatorAdminController {

    private static final FormSave SAVE = new FormSave(Map.of(
            "error.operator.username-format", "username",
            "error.duplicate.username", "username",
            "error.operator.password-too-short", "password",
            "error.operator.password-personal", "password",
            "error.operator.password-common", "password"));

    private final Operators operators;
    private final OrganizationChoices choices;
    private final Clock clock;

    OperatorAdminController(Operators operators, OrganizationChoices choices, Clock clock) {
        this.operators = operators;
        this.choices = choices;
        this.clock = clock;
    }

    @InitBinder("form")
    void checkAssignmentRows(WebDataBinder binder) {
        binder.addValidators(Validator.forInstanceOf(OperatorForm.class, OperatorForm::rejectIncompleteRows));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("operators", operators.all());
        model.addAttribute("unitNames", choices.unitNames());
        model.addAttribute("today", LocalDate.now(clock));
        return "organization/operators";
    }

    @GetMapping("/new")
    String newOperator(Model model) {
        model.addAttribute("form", OperatorForm.empty());
        return formPage(model, null);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") OperatorForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        return SAVE.attempt(errors, () -> operators.register(form.username(), form.profile(), form.password(),
                        form.roleAssignments()))
                .map(operator -> saved(form, redirect))
                .orElseGet(() -> formPage(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", OperatorForm.of(operators.get(id)));
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") OperatorForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return SAVE.attempt(errors, () -> operators.update(id, form.version(), form.profile(), form.roleAssignments(),
                        form.newPassword()))
                .map(operator -> saved(form, redirect))
                .orElseGet(() -> formPage(model, id));
    }

    private String formPage(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("creating", id == null);
        model.addAttribute("minPasswordLength", Operators.MIN_PASSWORD_LENGTH);
        model.addAttribute("roles", choices.roles());
        model.addAttribute("units", choices.units());
        return "organization/operator-form";
    }

    private static String saved(OperatorForm form, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", form.fullName());
        return "redirect:/admin/operators";
    }
}
