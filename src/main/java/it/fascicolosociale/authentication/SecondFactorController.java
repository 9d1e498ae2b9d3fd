package it.fascicolosociale.authentication;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.fascicolosociale.platform.security.SecondFactorPending;

/**
 * The step after the password: the code from the authenticator app, or, for an operator whose role
 * requires a second factor they have not set up, setting it up first. Only a {@link SecondFactorPending}
 * sign-in reaches these pages; too many wrong codes lock the account and end the attempt.
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorController {

    static final String ENROLMENT_SECRET = SecondFactorController.class.getName() + ".secret";

    private final SecondFactors secondFactors;
    private final SignInAttempts attempts;
    private final OperatorSignInSteps steps;

    SecondFactorController(SecondFactors secondFactors, SignInAttempts attempts, OperatorSignInSteps steps) {
        this.secondFactors = secondFactors;
        this.attempts = attempts;
        this.steps = steps;
    }

    private static Optional<SecondFactorPending> pending(boolean enrolment) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current instanceof SecondFactorPending pending && pending.enrolment() == enrolment
                ? Optional.of(pending) : Optional.empty();
    }

    @GetMapping
    String codePage() {
        return pending(false).map(pending -> "authentication/second-factor").orElse("redirect:/login");
    }

    @PostMapping
    String verify(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
                  HttpServletResponse response) throws IOException, ServletException {
        Optional<SecondFactorPending> pending = pending(false);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        if (secondFactors.verify(pending.get().getName(), code)) {
            steps.complete(pending.get(), request, response);
            return null;
        }
        return refused(pending.get(), model, request, "authentication/second-factor");
    }

    @GetMapping("/enrol")
    String enrolPage(Model model, HttpSession session) {
        if (pending(true).isEmpty()) {
            return "redirect:/login";
        }
        return showEnrolment(pending(true).get().getName(), model, session);
    }

    @PostMapping("/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
                 HttpServletResponse response) throws IOException, ServletException {
        Optional<SecondFactorPending> pending = pending(true);
        Object secret = request.getSession().getAttribute(ENROLMENT_SECRET);
        if (pending.isEmpty() || !(secret instanceof String text)) {
            return "redirect:/login";
        }
        if (secondFactors.enrol(pending.get().getName(), text, code)) {
            request.getSession().removeAttribute(ENROLMENT_SECRET);
            steps.complete(pending.get(), request, response);
            return null;
        }
        String page = refused(pending.get(), model, request, "authentication/enrol");
        return page.startsWith("redirect:") ? page : showEnrolment(pending.get().getName(), model, request.getSession());
    }

    /** A wrong code: try again, unless it was one too many, which ends the attempt as a failed sign-in. */
    private String refused(SecondFactorPending pending, Model model, HttpServletRequest request, String page) {
        if (attempts.isLocked(pending.getName())) {
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error";
        }
        model.addAttribute("wrongCode", true);
        return page;
    }

    /** The same secret until it is confirmed, so that a page reload does not invalidate what the app scanned. */
    static String showEnrolment(String username, Model model, HttpSession session, SecondFactors secondFactors) {
        Object kept = session.getAttribute(ENROLMENT_SECRET);
        String secret = kept instanceof String text ? text : secondFactors.newSecret();
        session.setAttribute(ENROLMENT_SECRET, secret);
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("otpauthUri", SecondFactors.otpauthUri(username, secret));
        return "authentication/enrol";
    }

    private String showEnrolment(String username, Model model, HttpSession session) {
        model.addAttribute("action", "/login/second-factor/enrol");
        return showEnrolment(username, model, session, secondFactors);
    }
}
