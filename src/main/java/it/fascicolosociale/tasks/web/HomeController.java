package it.fascicolosociale.tasks.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.OperatorDirectory.GroupFilter;

/** The page an operator lands on after signing in: who they are and where their work is. */
@Controller
class HomeController {

    private final OperatorDirectory directory;

    HomeController(OperatorDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        model.addAttribute("operatorName", directory.account(principal.getName())
                .map(account -> account.firstName() + " " + account.lastName())
                .orElse(principal.getName()));
        model.addAttribute("groups", directory.groups(new GroupFilter(null, null, null, principal.getName()),
                OperatorDirectory.Page.ALL));
        return "home";
    }
}
