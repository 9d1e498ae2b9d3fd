package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A delivery (erogazione) of a benefit: how much was delivered on a day, and what it cost, split between
 * the body, the user and the health service by the benefit's co-payment. Recorded once, never changed.
 */
@Entity
@Table(name = "benefit_delivery")
public class BenefitDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "benefit_id", updatable = false)
    private Long benefitId;

    @Column(name = "delivered_on", updatable = false)
    private LocalDate deliveredOn;

    @Column(updatable = false)
    private BigDecimal quantity;

    @Column(name = "total_amount", updatable = false)
    private BigDecimal totalAmount;

    @Column(name = "body_amount", updatable = false)
    private BigDecimal bodyAmount;

    @Column(name = "user_amount", updatable = false)
    private BigDecimal userAmount;

    @Column(name = "health_service_amount", updatable = false)
    private BigDecimal healthServiceAmount;

    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected BenefitDelivery() {
    }

    BenefitDelivery(Long benefitId, LocalDate deliveredOn, BigDecimal quantity, CostSplit cost, String operator, Instant at) {
        this.benefitId = benefitId;
        this.deliveredOn = deliveredOn;
        this.quantity = quantity;
        this.totalAmount = cost.total();
        this.bodyAmount = cost.body();
        this.userAmount = cost.user();
        this.healthServiceAmount = cost.healthService();
        this.recordedBy = operator;
        this.recordedAt = at;
    }

    public CostSplit cost() {
        return new CostSplit(totalAmount, bodyAmount, userAmount, healthServiceAmount);
    }

    public Long getId() {
        return id;
    }

    public Long getBenefitId() {
        return benefitId;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
