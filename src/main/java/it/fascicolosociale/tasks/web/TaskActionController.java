package it.fascicolosociale.tasks.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.web.FormErrors;
import it.fascicolosociale.platform.web.Option;
import it.fascicolosociale.tasks.TaskActionKind;
import it.fascicolosociale.tasks.TaskAssignments;

/** Take a task, give it back to its group, or (coordinators) hand it to a colleague: each with a reason. */
@Controller
class TaskActionController {

    private static final String VIEW = "tasks/action";
    private static final Map<String, String> FIELDS = Map.of(
            "error.task-action.reason-required", "reason",
            "error.task-action.reason-too-long", "reason",
            "error.task-action.not-a-colleague", "colleague");

    private final TaskAssignments assignments;

    TaskActionController(TaskAssignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/tasks/{taskId}/{action:claim|unclaim|delegate}")
    String form(@PathVariable String taskId, @PathVariable String action, Principal principal, Model model) {
        TaskActionKind kind = TaskActionKind.fromCode(action);
        model.addAttribute("form", new TaskActionForm(null, null));
        return page(taskId, kind, principal.getName(), model);
    }

    @PostMapping("/tasks/{taskId}/{action:claim|unclaim|delegate}")
    String act(@PathVariable String taskId, @PathVariable String action, @ModelAttribute("form") TaskActionForm form,
               BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        TaskActionKind kind = TaskActionKind.fromCode(action);
        String operator = principal.getName();
        try {
            switch (kind) {
                case CLAIM -> assignments.claim(taskId, operator, form.reason());
                case UNCLAIM -> assignments.release(taskId, operator, form.reason());
                case DELEGATE -> assignments.delegate(taskId, operator, form.colleague(), form.reason());
            }
        } catch (NotFoundException missing) {
            throw missing;
        } catch (RuleViolation refused) {
            FormErrors.reject(errors, FIELDS.get(refused.messageCode()), refused);
            return page(taskId, kind, operator, model);
        }
        redirect.addFlashAttribute("done", kind.code());
        return switch (kind) {
            case CLAIM -> "redirect:/tasks/" + taskId;
            case UNCLAIM -> "redirect:/";
            case DELEGATE -> "redirect:/?view=units";
        };
    }

    private String page(String taskId, TaskActionKind kind, String operator, Model model) {
        model.addAttribute("action", kind.code());
        model.addAttribute("task", assignments.subject(taskId, operator, kind));
        model.addAttribute("colleagues", kind != TaskActionKind.DELEGATE ? List.of()
                : assignments.colleagues(taskId, operator).stream().map(colleague -> new Option(colleague.username(), colleague.name())).toList());
        return VIEW;
    }
}
