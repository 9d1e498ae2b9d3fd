package it.fascicolosociale.benefits;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import it.fascicolosociale.platform.RuleViolation;

/**
 * An ISEE band of a tariff: up to {@code iseeUpTo} euro (included; empty for the last, open band)
 * the user pays {@code userSharePercent} of the unit tariff.
 */
@Embeddable
public record TariffBand(
        @Column(name = "isee_up_to") BigDecimal iseeUpTo,
        @Column(name = "user_share_percent") BigDecimal userSharePercent) {

    public TariffBand {
        iseeUpTo = iseeUpTo == null ? null : Decimals.twoDecimals(iseeUpTo, "iseeUpTo");
        userSharePercent = Decimals.twoDecimals(userSharePercent, "userSharePercent");
        if (!Decimals.isPercent(userSharePercent)) {
            throw new RuleViolation("error.tariff.share-out-of-range",
                    "user share must be between 0 and 100: " + userSharePercent, userSharePercent.toPlainString());
        }
    }

    /** The last band, with no upper limit. */
    public static TariffBand above(BigDecimal userSharePercent) {
        return new TariffBand(null, userSharePercent);
    }

    public boolean isOpen() {
        return iseeUpTo == null;
    }
}
