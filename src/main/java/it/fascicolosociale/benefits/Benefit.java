package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.ItalianDates;
import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/**
 * A benefit (prestazione) granted to the person of a social case from a catalogue item: requested from the
 * PAI, checked (ISEE), priced (co-payment), approved or refused by an act, activated, delivered, renewed
 * period after period, and ended. The paying comune is the comune of the case. It changes only through
 * these steps, in their order ({@link BenefitStateException} otherwise); its deliveries are
 * {@link BenefitDelivery} records that refer to it by id.
 */
@Entity
@Table(name = "benefit")
public class Benefit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "paying_comune", updatable = false)
    private IstatCode payingComune;

    @Column(name = "user_area_code", updatable = false)
    private UserArea area;

    @Column(name = "intervention_id", updatable = false)
    private Long interventionId;

    @Column(name = "catalogue_item_code", updatable = false)
    private String itemCode;

    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_of_measure", updatable = false)
    private UnitOfMeasure unitOfMeasure;

    @Column(name = "period_from", updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    private BenefitStatus status;

    @Embedded
    private BenefitSteps steps = new BenefitSteps();

    @Embedded
    private IseeAttestation isee;

    @Embedded
    private CoPayment coPayment;

    @Embedded
    private ApprovalAct act;

    @ElementCollection
    @CollectionTable(name = "benefit_renewal", joinColumns = @JoinColumn(name = "benefit_id"))
    @OrderBy("newPeriodTo")
    private List<BenefitRenewal> renewals = new ArrayList<>();

    @Version
    private long version;

    protected Benefit() {
    }

    static Benefit request(BenefitRequest request, RequestingCase holder, UnitOfMeasure unit, String operator, Instant at) {
        Benefit benefit = new Benefit();
        benefit.caseId = request.caseId();
        benefit.personId = holder.personId();
        benefit.payingComune = holder.payingComune();
        benefit.area = holder.area();
        benefit.interventionId = request.interventionId();
        benefit.itemCode = request.itemCode();
        benefit.quantity = request.quantity();
        benefit.unitOfMeasure = unit;
        benefit.periodFrom = request.period().from();
        benefit.periodTo = request.period().to();
        benefit.status = BenefitStatus.REQUESTED;
        benefit.steps.requested(operator, at);
        return benefit;
    }

    /** Records the ISEE the administrative found, or that none was presented (empty). */
    void check(Optional<IseeAttestation> attestation, String operator, Instant at) {
        requireStatus(BenefitStatus.REQUESTED, "check");
        this.isee = attestation.orElse(null);
        this.status = BenefitStatus.CHECKED;
        steps.checked(operator, at);
    }

    /** The ISEE that counts for the co-payment: the attestation, unless it has expired when the benefit starts. */
    Optional<BigDecimal> iseeValueForCoPayment() {
        return getIsee().filter(attestation -> attestation.isValidOn(periodFrom)).map(IseeAttestation::value);
    }

    void applyCoPayment(CoPayment computed) {
        requireStatus(BenefitStatus.CHECKED, "compute the co-payment");
        this.coPayment = computed;
    }

    void approve(ApprovalAct approval, String approver, Instant at) {
        requireStatus(BenefitStatus.CHECKED, "approve");
        if (coPayment == null) {
            throw new RuleViolation("error.benefit.co-payment-missing", "benefit " + id + " has no co-payment yet");
        }
        this.act = approval;
        this.status = BenefitStatus.APPROVED;
        steps.decided(approver, at, null);
    }

    void refuse(String reason, String approver, Instant at) {
        requireStatus(BenefitStatus.CHECKED, "refuse");
        this.status = BenefitStatus.REFUSED;
        steps.decided(approver, at, reason);
    }

    void activate(LocalDate day, String operator) {
        requireStatus(BenefitStatus.APPROVED, "activate");
        if (!period().contains(day) || day.isBefore(act.date())) {
            throw new RuleViolation("error.benefit.activation-outside-period",
                    "activation " + day + " outside the period of benefit " + id + " or before its act",
                    ItalianDates.format(day));
        }
        this.status = BenefitStatus.ACTIVE;
        steps.activated(day, operator);
    }

    /** Refuses a delivery unless the benefit is active and the day falls between its activation and the period's end. */
    void requireDeliverableOn(LocalDate day) {
        requireStatus(BenefitStatus.ACTIVE, "record a delivery");
        if (day.isBefore(steps.getActivationDate()) || day.isAfter(periodTo)) {
            throw new DeliveryOutsidePeriodException(id, day, steps.getActivationDate(), periodTo);
        }
    }

    void renew(LocalDate newPeriodTo, String operator, Instant at) {
        requireStatus(BenefitStatus.ACTIVE, "renew");
        if (newPeriodTo == null || !newPeriodTo.isAfter(periodTo)) {
            throw new RuleViolation("error.benefit.renewal-not-after-period",
                    "renewal of benefit " + id + " must end after " + periodTo, ItalianDates.format(periodTo));
        }
        renewals.add(new BenefitRenewal(periodTo, newPeriodTo, operator, at));
        this.periodTo = newPeriodTo;
    }

    void end(LocalDate day, BenefitEndReason reason, String operator) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(reason, "reason");
        if (!status.isOpen()) {
            throw new BenefitStateException(id, status, "end");
        }
        this.status = BenefitStatus.ENDED;
        steps.ended(day, reason, operator);
    }

    private void requireStatus(BenefitStatus expected, String step) {
        if (status != expected) {
            throw new BenefitStateException(id, status, step);
        }
    }

    /** The whole period granted, from the first day to the end of the current renewal. */
    public Period period() {
        return new Period(periodFrom, periodTo);
    }

    /** The planned cost of the quantity granted for a period, once the co-payment is known. */
    public Optional<CostSplit> plannedCost() {
        return getCoPayment().map(known -> CostSplit.of(known, quantity));
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getPersonId() {
        return personId;
    }

    public IstatCode getPayingComune() {
        return payingComune;
    }

    public UserArea getArea() {
        return area;
    }

    public Long getInterventionId() {
        return interventionId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public UnitOfMeasure getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public BenefitStatus getStatus() {
        return status;
    }

    /** Who did each step, and when. */
    public BenefitSteps getSteps() {
        return steps;
    }

    /** Empty until checked, and when no valid ISEE was presented. */
    public Optional<IseeAttestation> getIsee() {
        return Optional.ofNullable(isee);
    }

    public Optional<CoPayment> getCoPayment() {
        return Optional.ofNullable(coPayment);
    }

    public Optional<ApprovalAct> getAct() {
        return Optional.ofNullable(act);
    }

    public List<BenefitRenewal> getRenewals() {
        return List.copyOf(renewals);
    }

    public long getVersion() {
        return version;
    }
}
