package it.fascicolosociale.workflow.forms;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value as a page shows it in a field: the text of an input (ISO dates for date inputs), the list of ticked
 * options of a checklist, the rows of a dynamic list; whatever the variable or the request held.
 */
final class ShownValues {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private ShownValues() {
    }

    /** A String, or a List of String for checklists; null when empty. */
    static Object of(FormComponent field, Object value) {
        if ("checklist".equals(field.type()) || "taglist".equals(field.type())) {
            return texts(field, value);
        }
        List<String> texts = texts(field, value);
        return texts.isEmpty() ? null : texts.get(0);
    }

    /** Each row with the shown value of each of its fields. */
    static List<Map<String, Object>> rows(FormComponent list, Object value) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!(value instanceof Collection<?> items)) {
            return rows;
        }
        List<FormComponent> fields = new FormSchema(list.key(), 0, list.components()).inputs();
        for (Object item : items) {
            if (item instanceof Map<?, ?> row) {
                Map<String, Object> shown = new LinkedHashMap<>();
                fields.forEach(field -> shown.put(field.key(), of(field, row.get(field.key()))));
                rows.add(shown);
            }
        }
        return rows;
    }

    private static List<String> texts(FormComponent field, Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof String[] array) {
            texts.addAll(List.of(array));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> texts.add(text(field, item)));
        } else if (value != null) {
            texts.add(text(field, value));
        }
        texts.removeIf(text -> text == null || text.isBlank());
        return texts;
    }

    private static String text(FormComponent field, Object value) {
        if (value instanceof Date date) {
            return temporal(field, LocalDateTime.ofInstant(date.toInstant(), ROME));
        }
        if (value instanceof LocalDateTime dateTime) {
            return temporal(field, dateTime);
        }
        if (value instanceof LocalTime time) {
            return time.truncatedTo(ChronoUnit.MINUTES).toString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value == null ? null : value.toString();
    }

    private static String temporal(FormComponent field, LocalDateTime dateTime) {
        return switch (field.subtype() == null ? "date" : field.subtype()) {
            case "time" -> dateTime.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString();
            case "datetime" -> dateTime.truncatedTo(ChronoUnit.MINUTES).toString();
            default -> dateTime.toLocalDate().toString();
        };
    }
}
