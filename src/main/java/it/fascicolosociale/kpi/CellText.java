package it.fascicolosociale.kpi;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A cell of an indicator as an Italian reader sees it: numbers with Italian separators (two decimals for euro
 * and ratios, one for days), codes as their Italian names, yes and no in words, suppressed counts as
 * {@code <3}, no value as a dash. Pages, exports and the PDF summary all write cells through it.
 */
@Component
public class CellText {

    private static final Locale ITALIAN = Locale.ITALY;
    private final MessageSource messages;

    CellText(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Column column, Object value) {
        if (value == null) {
            return message("kpi.no-value");
        }
        if (KpiTable.SUPPRESSED.equals(value)) {
            return message("kpi.suppressed.value");
        }
        if (column.isCoded()) {
            return messages.getMessage(column.messagePrefix() + value, null, value.toString(), ITALIAN);
        }
        return switch (column.kind()) {
            case LABEL -> value.toString();
            case PERSONS, COUNT, INHABITANTS -> NumberFormat.getIntegerInstance(ITALIAN).format(value);
            case DAYS -> decimals((BigDecimal) value, 1);
            case AMOUNT, QUANTITY, RATIO -> decimals((BigDecimal) value, 2);
        };
    }

    public String header(Column column) {
        return message("kpi.column." + column.key());
    }

    public String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, ITALIAN);
    }

    private static String decimals(BigDecimal value, int scale) {
        NumberFormat format = NumberFormat.getNumberInstance(ITALIAN);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }
}
