package it.fascicolosociale.casefile.web;

import java.security.Principal;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import it.fascicolosociale.access.EmergencyAccesses;
import it.fascicolosociale.access.PersonSearch;
import it.fascicolosociale.casefile.PersonFiles;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.Municipality;
import it.fascicolosociale.platform.web.Option;

/** The person search (by codice fiscale or name, among the persons the operator may see) and the person's page. */
@Controller
class PersonPagesController {

    private final PersonSearch search;
    private final PersonFiles personFiles;
    private final Municipalities municipalities;
    private final EmergencyAccesses emergencies;

    PersonPagesController(PersonSearch search, PersonFiles personFiles, Municipalities municipalities,
                          EmergencyAccesses emergencies) {
        this.emergencies = emergencies;
        this.search = search;
        this.personFiles = personFiles;
        this.municipalities = municipalities;
    }

    @GetMapping("/people")
    String search(@Valid @ModelAttribute("search") SearchForm form, BindingResult errors, Principal operator, Model model) {
        if (form.hasImpossibleDate()) {
            errors.rejectValue("birthDate", "error.person-search.birth-date");
        }
        List<Municipality> comuni = municipalities.all();
        model.addAttribute("comuni", comuni.stream().map(comune -> Option.of(comune.getIstatCode().value(), comune.getName())).toList());
        model.addAttribute("comuneNames", comuni.stream()
                .collect(Collectors.toMap(comune -> comune.getIstatCode().value(), Municipality::getName)));
        model.addAttribute("searched", !form.isEmpty() && !errors.hasErrors());
        model.addAttribute("hits", form.isEmpty() || errors.hasErrors() ? List.of() : search.find(operator.getName(), form.criteria()));
        model.addAttribute("limit", PersonSearch.LIMIT);
        model.addAttribute("emergencyOffer", form.isCodiceFiscale() && !errors.hasErrors());
        return "casefile/people";
    }

    @GetMapping("/people/{personId}")
    String person(@PathVariable Long personId, Principal operator, Model model) {
        model.addAttribute("file", personFiles.of(operator.getName(), personId));
        model.addAttribute("emergency", emergencies.inForce(operator.getName(), personId).orElse(null));
        return "casefile/person";
    }
}
