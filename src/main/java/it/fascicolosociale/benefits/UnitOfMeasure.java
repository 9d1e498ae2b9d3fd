package it.fascicolosociale.benefits;

/**
 * What one unit of a catalogue item is: the basis of its tariff and of the quantities delivered.
 * The Italian names live in {@code messages/benefits.properties}.
 */
public enum UnitOfMeasure {
    HOUR, MEAL, TRIP, DAY, MONTH, EURO, ACCESS, CONNECTION_MONTH;

    public String messageCode() {
        return "unit-of-measure." + name().toLowerCase().replace('_', '-');
    }
}
