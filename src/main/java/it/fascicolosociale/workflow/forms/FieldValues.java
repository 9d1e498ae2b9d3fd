package it.fascicolosociale.workflow.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and checks the value of one field by its type and rules. */
final class FieldValues {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()./-]{5,}$");
    private static final DateTimeFormatter ITALIAN_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A converted value, or the reasons it was refused. */
    record Checked(Object value, List<FieldProblem> problems) {

        Checked {
            problems = List.copyOf(problems);
        }

        static Checked ok(Object value) {
            return new Checked(value, List.of());
        }

        static Checked refused(FormComponent field, String code, Object... figures) {
            return new Checked(null, List.of(FieldProblem.of(field, code, figures)));
        }
    }

    private FieldValues() {
    }

    /** The value as form-js holds it while the form is shown: what FEEL conditions see. */
    static Object asShown(FormComponent field, Object raw) {
        return switch (field.type()) {
            case "checkbox" -> bool(raw);
            case "checklist", "taglist" -> strings(raw);
            case "number" -> {
                try {
                    String text = single(raw);
                    yield text == null ? null : number(text);
                } catch (NumberFormatException notANumber) {
                    yield null;
                }
            }
            default -> single(raw);
        };
    }

    static Checked check(FormComponent field, Object raw, Set<String> options) {
        return switch (field.type()) {
            case "checkbox" -> checkbox(field, raw);
            case "checklist", "taglist" -> choices(field, strings(raw), options);
            case "number" -> number(field, single(raw));
            case "datetime" -> temporal(field, single(raw));
            case "select", "radio" -> choice(field, single(raw), options);
            default -> text(field, single(raw));
        };
    }

    private static Checked checkbox(FormComponent field, Object raw) {
        boolean checked = bool(raw);
        return field.rules().required() && !checked ? Checked.refused(field, "error.form.required") : Checked.ok(checked);
    }

    private static Checked choices(FormComponent field, List<String> chosen, Set<String> options) {
        if (chosen.isEmpty()) {
            return field.rules().required() ? Checked.refused(field, "error.form.required") : Checked.ok(null);
        }
        if (!field.type().equals("taglist") || !options.isEmpty()) {
            for (String value : chosen) {
                if (!options.contains(value)) {
                    return Checked.refused(field, "error.form.option", value);
                }
            }
        }
        return Checked.ok(List.copyOf(chosen));
    }

    private static Checked choice(FormComponent field, String value, Set<String> options) {
        if (value == null) {
            return field.rules().required() ? Checked.refused(field, "error.form.required") : Checked.ok(null);
        }
        return options.contains(value) ? Checked.ok(value) : Checked.refused(field, "error.form.option", value);
    }

    private static Checked number(FormComponent field, String text) {
        if (text == null) {
            return field.rules().required() ? Checked.refused(field, "error.form.required") : Checked.ok(null);
        }
        BigDecimal value;
        try {
            value = number(text);
        } catch (NumberFormatException notANumber) {
            return Checked.refused(field, "error.form.number");
        }
        FormComponent.Rules rules = field.rules();
        if (field.decimalDigits() != null && value.stripTrailingZeros().scale() > field.decimalDigits()) {
            return Checked.refused(field, "error.form.decimal-digits", field.decimalDigits());
        }
        if (rules.min() != null && value.compareTo(rules.min()) < 0) {
            return Checked.refused(field, "error.form.min", rules.min().toPlainString());
        }
        if (rules.max() != null && value.compareTo(rules.max()) > 0) {
            return Checked.refused(field, "error.form.max", rules.max().toPlainString());
        }
        return Checked.ok(value);
    }

    private static Checked temporal(FormComponent field, String text) {
        if (text == null) {
            return field.rules().required() ? Checked.refused(field, "error.form.required") : Checked.ok(null);
        }
        try {
            return Checked.ok(switch (field.subtype() == null ? "date" : field.subtype()) {
                case "time" -> LocalTime.parse(text);
                case "datetime" -> dateTime(text);
                default -> date(text);
            });
        } catch (DateTimeParseException unreadable) {
            return Checked.refused(field, "error.form.date");
        }
    }

    private static Checked text(FormComponent field, String value) {
        FormComponent.Rules rules = field.rules();
        if (value == null) {
            return rules.required() ? Checked.refused(field, "error.form.required") : Checked.ok(null);
        }
        if (rules.minLength() != null && value.length() < rules.minLength()) {
            return Checked.refused(field, "error.form.min-length", rules.minLength());
        }
        if (rules.maxLength() != null && value.length() > rules.maxLength()) {
            return Checked.refused(field, "error.form.max-length", rules.maxLength());
        }
        if ("email".equals(rules.validationType()) && !EMAIL.matcher(value).matches()) {
            return Checked.refused(field, "error.form.email");
        }
        if ("phone".equals(rules.validationType()) && !PHONE.matcher(value).matches()) {
            return Checked.refused(field, "error.form.phone");
        }
        if (rules.pattern() != null && !matches(rules.pattern(), value)) {
            return Checked.refused(field, "error.form.pattern");
        }
        return Checked.ok(value);
    }

    /** form-js tests patterns as JavaScript's RegExp.test does: a match anywhere, unless anchored. */
    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException brokenPattern) {
            throw new IllegalStateException("Form pattern is not a valid regular expression: " + pattern, brokenPattern);
        }
    }

    private static LocalDate date(String text) {
        return text.contains("/") ? LocalDate.parse(text, ITALIAN_DATE) : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    private static LocalDateTime dateTime(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException withOffset) {
            return OffsetDateTime.parse(text).toLocalDateTime();
        }
    }

    /** Accepts the Italian decimal comma as well as the point. */
    private static BigDecimal number(String text) {
        String normalised = text.replace(" ", "");
        if (normalised.indexOf(',') >= 0 && normalised.indexOf('.') < 0) {
            normalised = normalised.replace(',', '.');
        }
        return new BigDecimal(normalised);
    }

    private static boolean bool(Object raw) {
        String text = single(raw);
        return text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("on") || text.equals("1"));
    }

    private static String single(Object raw) {
        List<String> all = strings(raw);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> strings(Object raw) {
        List<String> strings = new ArrayList<>();
        if (raw instanceof String[] array) {
            addAll(strings, List.of(array));
        } else if (raw instanceof Collection<?> collection) {
            addAll(strings, collection);
        } else if (raw != null) {
            addAll(strings, List.of(raw));
        }
        return strings;
    }

    private static void addAll(List<String> strings, Collection<?> values) {
        for (Object value : values) {
            String text = value == null ? null : String.valueOf(value).strip();
            if (text != null && !text.isEmpty()) {
                strings.add(text);
            }
        }
    }
}
