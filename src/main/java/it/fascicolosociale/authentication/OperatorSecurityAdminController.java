package it.fascicolosociale.authentication;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.organization.Operator;
import it.fascicolosociale.organization.Operators;

/**
 * The system administrator's side of an operator's sign-in (under /admin, so for system administrators
 * only): reset a lost second factor, and link or unlink the operator's identities at the OIDC providers.
 */
@Controller
@RequestMapping("/admin/operators/{id}/security")
class OperatorSecurityAdminController {

    private final Operators operators;
    private final SecondFactors secondFactors;
    private final ExternalIdentities identities;
    private final ObjectProvider<ClientRegistrationRepository> providers;

    OperatorSecurityAdminController(Operators operators, SecondFactors secondFactors, ExternalIdentities identities,
                                    ObjectProvider<ClientRegistrationRepository> providers) {
        this.operators = operators;
        this.secondFactors = secondFactors;
        this.identities = identities;
        this.providers = providers;
    }

    @GetMapping
    String page(@PathVariable Long id, Model model) {
        Operator operator = operators.get(id);
        model.addAttribute("operator", operator);
        model.addAttribute("enrolled", secondFactors.enrolled(operator.getUsername()));
        model.addAttribute("links", identities.linksOf(operator.getUsername()));
        model.addAttribute("providers", registrationIds());
        return "authentication/operator-security";
    }

    @PostMapping("/second-factor/reset")
    String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
        secondFactors.reset(operators.get(id).getUsername());
        redirect.addFlashAttribute("saved", "operator-security.second-factor-reset");
        return "redirect:/admin/operators/" + id + "/security";
    }

    @PostMapping("/identities")
    String link(@PathVariable Long id, @RequestParam String registrationId, @RequestParam String externalId,
                RedirectAttributes redirect) {
        if (registrationIds().contains(registrationId) && !externalId.isBlank()) {
            identities.link(registrationId, externalId, operators.get(id).getUsername());
            redirect.addFlashAttribute("saved", "operator-security.identity-linked");
        }
        return "redirect:/admin/operators/" + id + "/security";
    }

    @PostMapping("/identities/remove")
    String unlink(@PathVariable Long id, @RequestParam String registrationId, @RequestParam String externalId,
                  RedirectAttributes redirect) {
        if (identities.operatorOf(registrationId, externalId).filter(operators.get(id).getUsername()::equals).isPresent()) {
            identities.unlink(registrationId, externalId);
            redirect.addFlashAttribute("saved", "operator-security.identity-unlinked");
        }
        return "redirect:/admin/operators/" + id + "/security";
    }

    /** The providers configured in this installation, by registration id. */
    private List<String> registrationIds() {
        List<String> ids = new ArrayList<>();
        if (providers.getIfAvailable() instanceof Iterable<?> registrations) {
            registrations.forEach(registration -> ids.add(((ClientRegistration) registration).getRegistrationId()));
        }
        return ids;
    }
}
