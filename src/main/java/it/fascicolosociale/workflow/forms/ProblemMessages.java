package it.fascicolosociale.workflow.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** The Italian text of each refused field, by field key (the whole form's problems under the empty key). */
public final class ProblemMessages {

    private static final Locale ITALIAN = Locale.ITALIAN;

    private ProblemMessages() {
    }

    public static Map<String, String> inItalian(List<FieldProblem> problems, MessageSource messages) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String text = messages.getMessage(problem.messageCode(), problem.arguments().toArray(), ITALIAN);
            texts.merge(problem.key() == null ? "" : problem.key(), text, (first, second) -> first + " " + second);
        }
        return texts;
    }
}
