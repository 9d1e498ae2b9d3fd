package it.fascicolosociale.kpi;

/**
 * A column of an indicator's table: its key (the JSON property and the message code
 * {@code kpi.column.<key>}), what kind of value it holds, which decides formatting and suppression, and for
 * coded values the prefix of their Italian texts.
 */
public record Column(String key, Kind kind, String messagePrefix) {

    /** A column whose values are shown as they are. */
    public Column(String key, Kind kind) {
        this(key, kind, null);
    }

    /** Whether its values are codes whose Italian text is {@code messagePrefix + code}. */
    public boolean isCoded() {
        return messagePrefix != null;
    }

    /** What a column holds. */
    public enum Kind {
        /** A code or name that identifies the row. */
        LABEL,
        /** A number of persons (or of cases, one person each): small values are suppressed in per-comune figures. */
        PERSONS,
        /** A count of things that are not persons (tasks, benefits, activity instances). */
        COUNT,
        /** Resident population: public, never suppressed. */
        INHABITANTS,
        /** Euro, two decimals. */
        AMOUNT,
        /** A quantity in the unit of measure of its row. */
        QUANTITY,
        /** A number of days, one decimal. */
        DAYS,
        /** A ratio or an equivalent, two decimals. */
        RATIO;

        /** Figures hidden with the persons of their row: all but labels and resident population. */
        boolean hiddenWithPersons() {
            return this != LABEL && this != INHABITANTS;
        }
    }

    static Column label(String key) {
        return new Column(key, Kind.LABEL);
    }

    static Column persons(String key) {
        return new Column(key, Kind.PERSONS);
    }

    static Column count(String key) {
        return new Column(key, Kind.COUNT);
    }

    static Column inhabitants(String key) {
        return new Column(key, Kind.INHABITANTS);
    }

    static Column amount(String key) {
        return new Column(key, Kind.AMOUNT);
    }

    static Column quantity(String key) {
        return new Column(key, Kind.QUANTITY);
    }

    static Column days(String key) {
        return new Column(key, Kind.DAYS);
    }

    static Column ratio(String key) {
        return new Column(key, Kind.RATIO);
    }
}
