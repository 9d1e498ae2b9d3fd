package it.fascicolosociale.benefits;

/** How the user shares the cost of a unit under a tariff. */
public enum CoPaymentModel {
    /** A share of the tariff by ISEE band, decided by {@code processes/copayment.dmn}. */
    ISEE_BANDS,
    /** The user pays nothing: free services and cash transfers. */
    NONE;

    public String messageCode() {
        return "co-payment-model." + name().toLowerCase().replace('_', '-');
    }
}
