package it.fascicolosociale.workflow.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import it.fascicolosociale.benefits.ApprovalAct;
import it.fascicolosociale.benefits.ApprovalActType;
import it.fascicolosociale.benefits.BenefitEndReason;
import it.fascicolosociale.benefits.Benefits;
import it.fascicolosociale.benefits.IseeAttestation;
import it.fascicolosociale.benefits.IseeType;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.FormHandler;
import it.fascicolosociale.workflow.HandledForm;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.SubmittedForm;

/**
 * Maps the forms of the {@code benefit} process onto the benefit: ISEE check, approval or refusal, activation,
 * deliveries, renewal or end. A refusal of the benefits module goes back to the field it concerns.
 */
@Component
class BenefitForms implements FormHandler {

    static final String CHECK = "benefit-check";
    static final String APPROVAL = "benefit-approval";
    static final String ACTIVATION = "benefit-activation";
    static final String DELIVERIES = "benefit-deliveries";
    static final String RENEWAL = "benefit-renewal";

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("error.benefit.isee-type-required", "iseeType"),
            Map.entry("error.benefit.isee-value-format", "iseeValue"),
            Map.entry("error.benefit.isee-expiry-required", "iseeExpiry"),
            Map.entry("error.benefit.dsu-protocol-too-long", "dsuProtocol"),
            Map.entry("error.benefit.act-type-not-configured", "actType"),
            Map.entry("error.benefit.act-number-required", "actNumber"),
            Map.entry("error.benefit.act-number-too-long", "actNumber"),
            Map.entry("error.benefit.act-date-required", "actDate"),
            Map.entry("error.benefit.refusal-reason-required", "refusalReason"),
            Map.entry("error.benefit.activation-outside-period", "activationDate"),
            Map.entry("error.benefit.delivery-outside-period", "deliveryDate"),
            Map.entry("error.benefit.quantity-format", "quantity"),
            Map.entry("error.benefit.renewal-not-after-period", "newPeriodTo"));

    private final Benefits benefits;

    BenefitForms(Benefits benefits) {
        this.benefits = benefits;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(CHECK, APPROVAL, ACTIVATION, DELIVERIES, RENEWAL);
    }

    @Override
    public HandledForm handle(SubmittedForm form) {
        try {
            return switch (form.formKey()) {
                case CHECK -> check(form);
                case APPROVAL -> decide(form);
                case ACTIVATION -> activate(form);
                case DELIVERIES -> deliver(form);
                default -> renewOrEnd(form);
            };
        } catch (RuleViolation violation) {
            throw SubmissionRefusedException.byRule(form.formKey(), FIELDS.get(violation.messageCode()), violation);
        }
    }

    private HandledForm check(SubmittedForm form) {
        Optional<IseeAttestation> isee = "yes".equals(form.text("iseePresented"))
                ? Optional.of(new IseeAttestation(IseeType.fromCode(form.text("iseeType")), (BigDecimal) form.value("iseeValue"),
                        (LocalDate) form.value("iseeExpiry"), form.text("dsuProtocol")))
                : Optional.empty();
        benefits.check(benefitId(form), isee, form.operator());
        return HandledForm.variables(Map.of());
    }

    private HandledForm decide(SubmittedForm form) {
        String decision = form.text("decision");
        if ("approve".equals(decision)) {
            benefits.approve(benefitId(form), new ApprovalAct(ApprovalActType.fromCode(form.text("actType")),
                    form.text("actNumber"), (LocalDate) form.value("actDate")), form.operator());
        } else {
            benefits.refuse(benefitId(form), form.text("refusalReason"), form.operator());
        }
        return HandledForm.variables(Map.of("decision", decision));
    }

    private HandledForm activate(SubmittedForm form) {
        benefits.activate(benefitId(form), (LocalDate) form.value("activationDate"), form.operator());
        return HandledForm.variables(Map.of());
    }

    private HandledForm deliver(SubmittedForm form) {
        benefits.deliver(benefitId(form), (LocalDate) form.value("deliveryDate"), (BigDecimal) form.value("quantity"),
                form.operator());
        return HandledForm.variables(Map.of("moreDeliveries", Boolean.TRUE.equals(form.value("moreDeliveries"))));
    }

    /** A renewal moves {@code periodTo}, and with it the timer of the next period; an end closes the benefit on its last day. */
    private HandledForm renewOrEnd(SubmittedForm form) {
        Long benefitId = benefitId(form);
        if ("renew".equals(form.text("renewal"))) {
            LocalDate newPeriodTo = (LocalDate) form.value("newPeriodTo");
            benefits.renew(benefitId, newPeriodTo, form.operator());
            return HandledForm.variables(Map.of("renewal", "renew", "periodTo", newPeriodTo.toString()));
        }
        LocalDate lastDay = benefits.get(benefitId).period().to();
        benefits.end(benefitId, lastDay, BenefitEndReason.fromCode(form.text("endReason")), form.operator());
        return HandledForm.variables(Map.of("renewal", "end"));
    }

    private static Long benefitId(SubmittedForm form) {
        return ((Number) form.processVariables().get(RecordBenefitRequest.BENEFIT_ID)).longValue();
    }
}
