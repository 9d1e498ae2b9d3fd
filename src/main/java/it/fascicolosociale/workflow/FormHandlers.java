package it.fascicolosociale.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Finds the handler of a form; a form without one maps nothing onto the domain. */
@Component
class FormHandlers {

    private final Map<String, FormHandler> byFormKey = new HashMap<>();

    FormHandlers(List<FormHandler> handlers) {
        for (FormHandler handler : handlers) {
            for (String formKey : handler.formKeys()) {
                FormHandler previous = byFormKey.put(formKey, handler);
                if (previous != null) {
                    throw new IllegalStateException("Two handlers for form " + formKey + ": "
                            + previous.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
                }
            }
        }
    }

    HandledForm handle(SubmittedForm form) {
        FormHandler handler = byFormKey.get(form.formKey());
        return handler == null ? HandledForm.variables(Map.of()) : handler.handle(form);
    }
}
