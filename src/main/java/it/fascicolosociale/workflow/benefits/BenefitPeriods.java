package it.fascicolosociale.workflow.benefits;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The {@code benefitPeriods} bean of BPMN expressions: the period of a benefit includes its last day, so
 * the timer that ends it fires when the next day begins in Italy, e.g.
 * {@code <timeDate>${benefitPeriods.endOf(periodTo)}</timeDate>}.
 */
@Component("benefitPeriods")
public class BenefitPeriods {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** The moment a period ending on {@code periodTo} (ISO yyyy-MM-dd) is over: midnight after its last day. */
    public Date endOf(String periodTo) {
        return Date.from(LocalDate.parse(periodTo).plusDays(1).atStartOfDay(ROME).toInstant());
    }
}
