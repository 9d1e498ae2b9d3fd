package it.fascicolosociale.careplans;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import it.fascicolosociale.platform.Period;

/**
 * A measure the plan provides: a benefit (catalogue item, quantity, period) that the benefit process requests,
 * or a referral (target service, reason) that the referral process sends. Processes refer to it by id.
 */
@Entity
@Table(name = "planned_intervention")
public class PlannedIntervention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private InterventionKind kind;

    @Column(name = "item_code")
    private String itemCode;

    private BigDecimal quantity;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "referral_target")
    private String referralTarget;

    @Column(name = "referral_reason")
    private String referralReason;

    protected PlannedIntervention() {
    }

    static PlannedIntervention benefit(String itemCode, BigDecimal quantity, Period period) {
        PlannedIntervention intervention = new PlannedIntervention();
        intervention.kind = InterventionKind.BENEFIT;
        intervention.itemCode = itemCode;
        intervention.quantity = quantity;
        intervention.periodFrom = period.from();
        intervention.periodTo = period.to();
        return intervention;
    }

    static PlannedIntervention referral(String target, String reason) {
        PlannedIntervention intervention = new PlannedIntervention();
        intervention.kind = InterventionKind.REFERRAL;
        intervention.referralTarget = target;
        intervention.referralReason = reason;
        return intervention;
    }

    public Long getId() {
        return id;
    }

    public InterventionKind getKind() {
        return kind;
    }

    public String getItemCode() {
        return itemCode;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getReferralTarget() {
        return referralTarget;
    }

    public String getReferralReason() {
        return referralReason;
    }
}
