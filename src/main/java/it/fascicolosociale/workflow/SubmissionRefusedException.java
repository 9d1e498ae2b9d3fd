package it.fascicolosociale.workflow;

import java.util.List;

import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.forms.FieldProblem;

/** The submitted values broke the rules of their form: nothing was saved; the problems say where. */
public class SubmissionRefusedException extends RuleViolation {

    private final transient List<FieldProblem> problems;

    SubmissionRefusedException(String formKey, List<FieldProblem> problems) {
        super("error.form.refused", "Form " + formKey + " refused: "
                + problems.stream().map(problem -> problem.key() + " " + problem.messageCode()).toList(), problems.size());
        this.problems = List.copyOf(problems);
    }

    /** A rule of the domain refused the submission; {@code fieldKey} names the field it concerns, or is null. */
    public static SubmissionRefusedException byRule(String formKey, String fieldKey, RuleViolation violation) {
        return new SubmissionRefusedException(formKey,
                List.of(new FieldProblem(fieldKey, null, violation.messageCode(), List.of(violation.arguments()))));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
