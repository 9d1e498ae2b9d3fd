package it.fascicolosociale.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.fascicolosociale.workflow.forms.FormComponent;
import it.fascicolosociale.workflow.forms.FormSchema;

/**
 * Reads the saved form submissions of a case or an accesso, and tells what was answered in the words of the form
 * it was validated against: each field's label and the labels of the options chosen.
 */
@Service
@Transactional(readOnly = true)
public class FormSubmissions {

    /** One answered field: its label and the value as text, or {@code flag} for a checkbox. */
    public record Answer(String label, String value, Boolean flag) {
    }

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    private final FormSubmissionRepository submissions;
    private final DeployedForms forms;
    private final ObjectMapper json;

    FormSubmissions(FormSubmissionRepository submissions, DeployedForms forms, ObjectMapper json) {
        this.submissions = submissions;
        this.forms = forms;
        this.json = json;
    }

    /** The submissions under any of the business keys (e.g. {@code case-12}, {@code intake-7}), oldest first. */
    public List<FormSubmission> of(Collection<String> businessKeys) {
        return businessKeys.isEmpty() ? List.of() : submissions.findByBusinessKeyInOrderBySubmittedAtAscIdAsc(businessKeys);
    }

    public Optional<FormSubmission> latest(String businessKey, String formKey) {
        return submissions.findFirstByBusinessKeyAndFormKeyOrderByRevisionDesc(businessKey, formKey);
    }

    /** The fields answered, in the order of the form. */
    public List<Answer> answers(FormSubmission submission) {
        FormSchema schema = forms.ofVersion(submission.getFormKey(), submission.getFormVersion());
        Map<String, Object> values = values(submission);
        List<Answer> answers = new ArrayList<>();
        for (FormComponent field : schema.inputs()) {
            Object value = values.get(field.key());
            if (value != null && !"".equals(value)) {
                answers.add(answer(field, value));
            }
        }
        return answers;
    }

    private static Answer answer(FormComponent field, Object value) {
        if ("checkbox".equals(field.type())) {
            return new Answer(field.label(), null, Boolean.valueOf(String.valueOf(value)));
        }
        return new Answer(field.label(), text(field, value), null);
    }

    private static String text(FormComponent field, Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> text(field, item)).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> row) {
            return field.components().stream().filter(FormComponent::isInput)
                    .filter(column -> row.get(column.key()) != null)
                    .map(column -> column.label() + ": " + text(column, row.get(column.key())))
                    .collect(Collectors.joining(", "));
        }
        String raw = String.valueOf(value);
        return field.options().stream().filter(option -> option.value().equals(raw))
                .map(FormComponent.Option::label).findFirst().orElse(raw);
    }

    private Map<String, Object> values(FormSubmission submission) {
        try {
            return json.readValue(submission.getData(), VALUES);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("Submission " + submission.getId() + " is not a JSON object", unreadable);
        }
    }
}
