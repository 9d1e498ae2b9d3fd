package it.fascicolosociale.tasks.web;

import java.security.Principal;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.fascicolosociale.tasks.IntakeDesk;
import it.fascicolosociale.tasks.Worklist;
import it.fascicolosociale.tasks.WorklistPage;

/** The page an operator lands on after signing in: their task list. */
@Controller
class TaskListController {

    private final Worklist worklist;
    private final IntakeDesk desk;

    TaskListController(Worklist worklist, IntakeDesk desk) {
        this.worklist = worklist;
        this.desk = desk;
    }

    @GetMapping("/")
    String list(@RequestParam Map<String, String> parameters, Principal principal, Model model) {
        WorklistPage page = worklist.page(principal.getName(), WorklistLinks.filterOf(parameters));
        model.addAttribute("list", page);
        model.addAttribute("links", new WorklistLinks(page.filter()));
        model.addAttribute("frontOffice", desk.isOpenTo(principal.getName()));
        return "tasks/list";
    }
}
