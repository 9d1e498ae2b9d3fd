package it.fascicolosociale.workflow.forms;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.fascicolosociale.workflow.forms.FormComponent.Option;
import it.fascicolosociale.workflow.forms.FormComponent.Rules;

/** Reads the form-js JSON of a Camunda Form into a {@link FormSchema}. */
public final class FormSchemaReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormSchemaReader() {
    }

    public static FormSchema read(InputStream json, int version) throws IOException {
        JsonNode root = JSON.readTree(json);
        return new FormSchema(root.path("id").asText(), version, components(root.path("components")));
    }

    private static List<FormComponent> components(JsonNode array) {
        List<FormComponent> components = new ArrayList<>();
        for (JsonNode node : array) {
            components.add(component(node));
        }
        return components;
    }

    private static FormComponent component(JsonNode node) {
        String type = text(node, "type");
        // a dynamic list submits its rows under its path, as a list of objects
        String key = "dynamiclist".equals(type) ? text(node, "path") : text(node, "key");
        // a date field drawn in the Modeler may carry its label as dateLabel only
        String label = node.hasNonNull("label") ? text(node, "label") : text(node, "dateLabel");
        return new FormComponent(
                type, text(node, "id"), key, label, text(node, "description"),
                rules(node.path("validate")), options(node.path("values")), text(node, "valuesKey"),
                text(node.path("conditional"), "hide"), text(node, "subtype"),
                node.has("decimalDigits") ? node.get("decimalDigits").asInt() : null,
                node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false),
                properties(node.path("properties")), components(node.path("components")), display(node));
    }

    private static FormComponent.Display display(JsonNode node) {
        return new FormComponent.Display(text(node, "text"), text(node, "defaultValue"),
                node.path("allowAddRemove").asBoolean(true), node.path("defaultRepetitions").asInt(1));
    }

    private static Rules rules(JsonNode validate) {
        if (validate.isMissingNode()) {
            return Rules.NONE;
        }
        return new Rules(validate.path("required").asBoolean(false), decimal(validate, "min"), decimal(validate, "max"),
                integer(validate, "minLength"), integer(validate, "maxLength"), text(validate, "pattern"),
                text(validate, "validationType"));
    }

    private static List<Option> options(JsonNode values) {
        List<Option> options = new ArrayList<>();
        for (JsonNode value : values) {
            options.add(new Option(value.path("value").asText(), value.path("label").asText()));
        }
        return options;
    }

    private static Map<String, String> properties(JsonNode properties) {
        Map<String, String> map = new LinkedHashMap<>();
        properties.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() || value.isTextual() && !value.asText().isBlank() ? new BigDecimal(value.asText()) : null;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() || value.isTextual() && !value.asText().isBlank() ? Integer.valueOf(value.asText()) : null;
    }
}
