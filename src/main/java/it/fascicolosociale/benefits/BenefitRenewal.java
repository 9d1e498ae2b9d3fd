package it.fascicolosociale.benefits;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One renewal of a benefit: the period that ended on {@code previousPeriodTo} goes on until {@code newPeriodTo}. */
@Embeddable
public record BenefitRenewal(
        @Column(name = "previous_period_to") LocalDate previousPeriodTo,
        @Column(name = "new_period_to") LocalDate newPeriodTo,
        @Column(name = "renewed_by") String renewedBy,
        @Column(name = "renewed_at") Instant renewedAt) {
}
