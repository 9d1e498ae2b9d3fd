package it.fascicolosociale.kpi.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import it.fascicolosociale.kpi.Indicator;
import it.fascicolosociale.kpi.KpiAudience;
import it.fascicolosociale.platform.NotFoundException;

/**
 * The managers' dashboard (director, area managers, coordinators), one page per section: processes, services
 * and costs, LEPS. A referente del comune is sent to their comune's page.
 */
@Controller
class DashboardController {

    private final KpiPages pages;

    DashboardController(KpiPages pages) {
        this.pages = pages;
    }

    @GetMapping("/kpi")
    String processes(KpiFilterForm filter, Principal principal, Model model) {
        return section("process", filter, principal, model);
    }

    @GetMapping("/kpi/{section:process|services|leps}")
    String section(@PathVariable String section, KpiFilterForm filter, Principal principal, Model model) {
        KpiAudience audience = pages.audience(principal.getName());
        if (!audience.isManager()) {
            return "redirect:/kpi/comuni/" + audience.comune();
        }
        Indicator.Section shown = Indicator.Section.valueOf(section.toUpperCase(Locale.ROOT));
        model.addAttribute("page", pages.dashboard(audience, shown, filter));
        return "kpi/dashboard";
    }

    /** The comune chosen on the dashboard's form. */
    @GetMapping("/kpi/comuni")
    String chosenComune(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String comune) {
        if (!comune.matches("[0-9]{6}")) {
            throw new NotFoundException("error.kpi.not-found", "not an ISTAT code");
        }
        return "redirect:/kpi/comuni/" + comune;
    }

    @GetMapping("/kpi/comuni/{istatCode}")
    String comune(@PathVariable String istatCode, KpiFilterForm filter, Principal principal, Model model) {
        if (!istatCode.matches("[0-9]{6}")) {
            throw new NotFoundException("error.kpi.not-found", "not an ISTAT code");
        }
        model.addAttribute("page", pages.comune(pages.audience(principal.getName()), istatCode, filter));
        return "kpi/comune";
    }
}
