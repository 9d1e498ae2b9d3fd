package it.fascicolosociale.authentication;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.web.FormErrors;

/**
 * "Il mio profilo / Sicurezza": the signed-in operator changes their own password (the current one
 * first) and sets up the TOTP second factor, which every operator may have and some roles must.
 */
@Controller
@RequestMapping("/profile/security")
class ProfileController {

    private final Operators operators;
    private final SecondFactors secondFactors;

    ProfileController(Operators operators, SecondFactors secondFactors) {
        this.operators = operators;
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String page(Authentication operator, Model model) {
        model.addAttribute("form", PasswordChange.empty());
        return page(operator, model, "authentication/profile");
    }

    @PostMapping("/password")
    String changePassword(Authentication operator, @Valid @ModelAttribute("form") PasswordChange form, BindingResult errors,
                          Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !form.confirmed()) {
            errors.rejectValue("confirmation", "validation.profile.confirmation-differs");
        }
        if (!errors.hasErrors()) {
            try {
                operators.changeOwnPassword(operator.getName(), form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("saved", "profile.password-changed");
                return "redirect:/profile/security";
            } catch (RuleViolation violation) {
                boolean aboutCurrent = violation.messageCode().equals("error.operator.current-password-wrong");
                FormErrors.reject(errors, aboutCurrent ? "currentPassword" : "newPassword", violation);
            }
        }
        return page(operator, model, "authentication/profile");
    }

    @GetMapping("/second-factor")
    String enrolPage(Authentication operator, Model model, HttpSession session) {
        model.addAttribute("action", "/profile/security/second-factor");
        return SecondFactorController.showEnrolment(operator.getName(), model, session, secondFactors);
    }

    @PostMapping("/second-factor")
    String enrol(Authentication operator, @RequestParam(defaultValue = "") String code, Model model, HttpSession session,
                 RedirectAttributes redirect) {
        Object secret = session.getAttribute(SecondFactorController.ENROLMENT_SECRET);
        if (secret instanceof String text && secondFactors.enrol(operator.getName(), text, code)) {
            session.removeAttribute(SecondFactorController.ENROLMENT_SECRET);
            redirect.addFlashAttribute("saved", "profile.second-factor-enrolled");
            return "redirect:/profile/security";
        }
        model.addAttribute("wrongCode", true);
        return enrolPage(operator, model, session);
    }

    private String page(Authentication operator, Model model, String view) {
        model.addAttribute("secondFactor", secondFactors.statusOf(operator));
        model.addAttribute("minPasswordLength", Operators.MIN_PASSWORD_LENGTH);
        return view;
    }
}
