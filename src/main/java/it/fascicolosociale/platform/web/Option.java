package it.fascicolosociale.platform.web;

/** One choice of a select or a group of checkboxes: the submitted value and its Italian label. */
public record Option(String value, String label) {

    public static Option of(Object value, String label) {
        return new Option(value == null ? "" : value.toString(), label);
    }
}
