package it.fascicolosociale.tasks;

import java.util.List;

/**
 * One way to narrow the task list, with a count for each value: how many tasks the list would show with that
 * value chosen and the other facets as they are.
 */
public record Facet(Name name, List<Option> options) {

    public Facet {
        options = List.copyOf(options);
    }

    /** The facets, by their request parameter. */
    public enum Name {
        COMUNE("comune"), AREA("area"), PROCESS("process"), DUE("due"), ASSIGNEE("assignee");

        private final String parameter;

        Name(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /**
     * A value of the facet: {@code label} is its name when it comes from data (a comune, a process, an operator),
     * otherwise {@code messageCode} names it in the message bundle (areas, due states, "none").
     */
    public record Option(String value, String label, String messageCode, long count, boolean chosen) {
    }
}
