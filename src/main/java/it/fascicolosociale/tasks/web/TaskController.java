package it.fascicolosociale.tasks.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.tasks.OpenTask;
import it.fascicolosociale.tasks.TaskPages;
import it.fascicolosociale.workflow.SubmissionRefusedException;

/**
 * The page of a task: its form, drawn on the server, beside the summary of the file. The form posts the values
 * as the browser sends them (String[] by name), which the server checks against the form's schema.
 */
@Controller
class TaskController {

    static final String VIEW = "tasks/task";

    private final TaskPages pages;

    TaskController(TaskPages pages) {
        this.pages = pages;
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Principal principal, Model model) {
        model.addAttribute("page", pages.show(taskId, principal.getName()));
        return VIEW;
    }

    @PostMapping("/tasks/{taskId}")
    String complete(@PathVariable String taskId, HttpServletRequest request, Principal principal, Model model,
                    RedirectAttributes redirect) {
        try {
            OpenTask done = pages.complete(taskId, principal.getName(), request.getParameterMap());
            redirect.addFlashAttribute("completed", done.name());
            return "redirect:/";
        } catch (SubmissionRefusedException refused) {
            model.addAttribute("page", pages.refused(taskId, principal.getName(), request.getParameterMap(), refused.problems()));
            return VIEW;
        }
    }

    /** The form again with the fields that apply to the choices made so far; nothing is saved. */
    @PostMapping("/tasks/{taskId}/refresh")
    String refresh(@PathVariable String taskId, HttpServletRequest request, Principal principal, Model model) {
        model.addAttribute("page", pages.refreshed(taskId, principal.getName(), request.getParameterMap()));
        return VIEW;
    }
}
