package it.fascicolosociale.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import it.fascicolosociale.platform.security.SecondFactorPending;

/** The sign-in page; an operator half-way through (password given, code not yet) goes on to the code. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current instanceof SecondFactorPending pending ? "redirect:" + pending.nextStep() : "login";
    }
}
