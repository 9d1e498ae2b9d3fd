package it.fascicolosociale.workflow.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A submission checked against its form: the values of the visible fields converted to their types
 * (String, BigDecimal, Boolean, LocalDate, LocalTime, LocalDateTime, List of String), the fields hidden by
 * their conditions, and the problems found. Usable only when there are no problems.
 */
public record ValidatedForm(Map<String, Object> values, Set<String> hidden, List<FieldProblem> problems) {

    public ValidatedForm {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        hidden = Set.copyOf(hidden);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
