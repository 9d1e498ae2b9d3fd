package it.fascicolosociale.workflow.cases;

import java.util.List;

import org.springframework.stereotype.Component;

import it.fascicolosociale.careplans.CarePlans;
import it.fascicolosociale.careplans.InterventionKind;
import it.fascicolosociale.careplans.PlannedIntervention;

/**
 * The {@code plan} bean of BPMN expressions: which benefits and referrals the PAI in force provides (the
 * collections of the multi-instance call activities) and their details, as the called processes expect them.
 */
@Component("plan")
public class PlanExpressions {

    private final CarePlans carePlans;

    PlanExpressions(CarePlans carePlans) {
        this.carePlans = carePlans;
    }

    public List<Long> benefitIds(Long caseId) {
        return idsOf(caseId, InterventionKind.BENEFIT);
    }

    public List<Long> referralIds(Long caseId) {
        return idsOf(caseId, InterventionKind.REFERRAL);
    }

    public BenefitRequest benefit(Long interventionId) {
        PlannedIntervention intervention = carePlans.intervention(interventionId);
        return new BenefitRequest(intervention.getItemCode(), intervention.getQuantity().toPlainString(),
                intervention.getPeriodFrom().toString(), intervention.getPeriodTo().toString());
    }

    public ReferralRequest referral(Long interventionId) {
        PlannedIntervention intervention = carePlans.intervention(interventionId);
        return new ReferralRequest(intervention.getReferralTarget(), intervention.getReferralReason());
    }

    private List<Long> idsOf(Long caseId, InterventionKind kind) {
        return carePlans.inForce(caseId).interventionsOf(kind).stream().map(PlannedIntervention::getId).toList();
    }

    /** A planned benefit in the variables of the {@code benefit} process: dates ISO, quantity as plain text. */
    public record BenefitRequest(String itemCode, String quantity, String periodFrom, String periodTo) {
    }

    /** A planned referral in the variables of the {@code referral} process. */
    public record ReferralRequest(String target, String reason) {
    }
}
