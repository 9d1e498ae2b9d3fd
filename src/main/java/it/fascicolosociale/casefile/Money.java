package it.fascicolosociale.casefile;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as Italian readers write them: 12.345,67 €. */
final class Money {

    private static final Locale ITALIAN = Locale.forLanguageTag("it-IT");

    private Money() {
    }

    static String euro(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(ITALIAN);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " \u20ac";
    }
}
