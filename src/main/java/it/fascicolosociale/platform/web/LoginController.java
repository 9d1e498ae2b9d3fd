package it.fascicolosociale.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import it.fascicolosociale.platform.security.SecondFactorPending;

/**
 * The sign-in page, with a button per configured OIDC provider; an operator half-way through (password
 * given, code not yet) goes on to the code.
 */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> oidcProviders;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidcProviders) {
        this.oidcProviders = oidcProviders;
    }

    @GetMapping("/login")
    String login(Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current instanceof SecondFactorPending pending) {
            return "redirect:" + pending.nextStep();
        }
        model.addAttribute("oidcProviders", providers());
        return "login";
    }

    /** The providers as links to their authorization endpoint, named as configured (client-name). */
    private List<Option> providers() {
        List<Option> providers = new ArrayList<>();
        if (oidcProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Option("/oauth2/authorization/" + client.getRegistrationId(), client.getClientName()));
            }
        }
        return providers;
    }
}
