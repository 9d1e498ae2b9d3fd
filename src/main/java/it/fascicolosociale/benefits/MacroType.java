package it.fascicolosociale.benefits;

/**
 * The three kinds of spending of the ISTAT survey on the social services of the comuni: interventions
 * and services, facilities (strutture), cash transfers (trasferimenti in denaro).
 */
public enum MacroType {
    INTERVENTION_SERVICE, FACILITY, CASH_TRANSFER;

    public String messageCode() {
        return "macro-type." + name().toLowerCase().replace('_', '-');
    }
}
