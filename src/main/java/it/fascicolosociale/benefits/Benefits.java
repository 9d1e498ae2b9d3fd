package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.cases.CaseStatus;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The front door of the benefits: each step of a benefit from the request of the PAI to its end, and the
 * deliveries recorded against it, priced by the co-payment computed at the check.
 */
@Service
@Transactional
public class Benefits {

    private final BenefitRepository benefits;
    private final BenefitDeliveryRepository deliveries;
    private final ServiceCatalogue catalogue;
    private final CoPaymentPolicy coPayments;
    private final BenefitApprovalRules approvalRules;
    private final Cases cases;
    private final Clock clock;

    Benefits(BenefitRepository benefits, BenefitDeliveryRepository deliveries, ServiceCatalogue catalogue,
             CoPaymentPolicy coPayments, BenefitApprovalRules approvalRules, Cases cases, Clock clock) {
        this.benefits = benefits;
        this.deliveries = deliveries;
        this.catalogue = catalogue;
        this.coPayments = coPayments;
        this.approvalRules = approvalRules;
        this.cases = cases;
        this.clock = clock;
    }

    /** Records a request of an open case for an active catalogue item with a tariff in force when the period starts. */
    public Benefit request(BenefitRequest request, String operator) {
        SocialCase socialCase = cases.get(request.caseId());
        if (socialCase.getStatus() != CaseStatus.OPEN) {
            throw new RuleViolation("error.benefit.case-not-open", "case " + socialCase.getId() + " is not open");
        }
        CatalogueItem item = catalogue.item(request.itemCode());
        if (!item.isActive()) {
            throw new RuleViolation("error.benefit.item-inactive", "item " + item.getCode() + " is inactive", item.getNameIt());
        }
        catalogue.tariffInForce(item.getCode(), request.period().from());
        RequestingCase holder = new RequestingCase(socialCase.getPersonId(), socialCase.getComune(), socialCase.getArea());
        return benefits.save(Benefit.request(request, holder, item.getUnitOfMeasure(), operator, clock.instant()));
    }

    /** The administrative check: the ISEE attestation presented, or none. */
    public Benefit check(Long benefitId, Optional<IseeAttestation> isee, String operator) {
        Benefit benefit = get(benefitId);
        benefit.check(isee, operator, clock.instant());
        return benefit;
    }

    /**
     * Prices a checked benefit through {@link CoPaymentPolicy} (the decision {@code copayment}) on the tariff in
     * force when the benefit starts, with the ISEE still valid on that day.
     */
    public CoPayment computeCoPayment(Long benefitId) {
        Benefit benefit = get(benefitId);
        CoPayment coPayment = coPayments.coPaymentFor(benefit.getItemCode(), benefit.period().from(),
                benefit.iseeValueForCoPayment());
        benefit.applyCoPayment(coPayment);
        return coPayment;
    }

    /** Approves with an act of the type the ente's rule requires on the act's date. */
    public Benefit approve(Long benefitId, ApprovalAct act, String approver) {
        Benefit benefit = get(benefitId);
        ApprovalActType required = approvalRules.ruleFor(benefit.getPayingComune(), benefit.getArea(), act.date()).getActType();
        if (act.type() != required) {
            throw new RuleViolation("error.benefit.act-type-not-configured",
                    "benefit " + benefitId + " needs an act of type " + required.code() + ", not " + act.type().code());
        }
        benefit.approve(act, approver, clock.instant());
        return benefit;
    }

    public Benefit refuse(Long benefitId, String reason, String approver) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("error.benefit.refusal-reason-required", "a refusal needs its reason");
        }
        Benefit benefit = get(benefitId);
        benefit.refuse(reason.strip(), approver, clock.instant());
        return benefit;
    }

    public Benefit activate(Long benefitId, LocalDate day, String operator) {
        Benefit benefit = get(benefitId);
        benefit.activate(day, operator);
        return benefit;
    }

    /** Records a delivery of an active benefit, split between body, user and health service by its co-payment. */
    public BenefitDelivery deliver(Long benefitId, LocalDate day, BigDecimal quantity, String operator) {
        BigDecimal units = Decimals.quantity(quantity);
        Benefit benefit = get(benefitId);
        benefit.requireDeliverableOn(day);
        CostSplit cost = CostSplit.of(benefit.getCoPayment().orElseThrow(), units);
        return deliveries.save(new BenefitDelivery(benefitId, day, units, cost, operator, clock.instant()));
    }

    public Benefit renew(Long benefitId, LocalDate newPeriodTo, String operator) {
        Benefit benefit = get(benefitId);
        benefit.renew(newPeriodTo, operator, clock.instant());
        return benefit;
    }

    public Benefit end(Long benefitId, LocalDate day, BenefitEndReason reason, String operator) {
        Benefit benefit = get(benefitId);
        benefit.end(day, reason, operator);
        return benefit;
    }

    /** Ends every benefit of a case still requested, checked, approved or active: the closure of the case ends them. */
    public List<Benefit> endAllOpenOfCase(Long caseId, LocalDate day, BenefitEndReason reason) {
        List<Benefit> open = benefits.findByCaseIdOrderById(caseId).stream()
                .filter(benefit -> benefit.getStatus().isOpen())
                .toList();
        open.forEach(benefit -> benefit.end(day, reason, null));
        return open;
    }

    @Transactional(readOnly = true)
    public Benefit get(Long benefitId) {
        return benefits.findById(benefitId).orElseThrow(() -> new BenefitNotFoundException(benefitId));
    }

    @Transactional(readOnly = true)
    public List<Benefit> ofCase(Long caseId) {
        return benefits.findByCaseIdOrderById(caseId);
    }

    /**
     * The person's ISEE attestations as the checks of their benefits recorded them, the latest check first; an
     * attestation presented for several benefits is listed once, at its latest check.
     */
    @Transactional(readOnly = true)
    public List<RecordedIsee> iseeAttestationsOf(Long personId) {
        Map<IseeAttestation, RecordedIsee> latest = new LinkedHashMap<>();
        benefits.findByPersonIdOrderById(personId).stream()
                .filter(benefit -> benefit.getIsee().isPresent())
                .sorted(Comparator.comparing((Benefit benefit) -> benefit.getSteps().getCheckedAt()).reversed())
                .forEach(benefit -> latest.putIfAbsent(benefit.getIsee().get(), new RecordedIsee(benefit.getIsee().get(),
                        benefit.getId(), benefit.getCaseId(), benefit.getSteps().getCheckedAt(), benefit.getSteps().getCheckedBy())));
        return List.copyOf(latest.values());
    }

    @Transactional(readOnly = true)
    public List<BenefitDelivery> deliveriesOf(Long benefitId) {
        return deliveries.findByBenefitIdOrderByDeliveredOnAscIdAsc(benefitId);
    }
}
