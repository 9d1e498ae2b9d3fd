package it.fascicolosociale.workflow.referrals;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.referrals.ReferralRequest;
import it.fascicolosociale.referrals.ReferralTarget;
import it.fascicolosociale.referrals.Referrals;

/**
 * Records the referral a case asks for when {@code social-case} calls this process (call activity): the case
 * manager is the sender; the target is a unit code or {@code external}, whose body the case manager names in the
 * first task. The instance gets its business key {@code referral-<id>}.
 */
@Component("registerCalledReferral")
class RegisterCalledReferral implements JavaDelegate {

    private final Referrals referrals;

    RegisterCalledReferral(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String target = (String) execution.getVariable("referralTarget");
        Referral referral = referrals.request(new ReferralRequest(id(execution, "caseId"), null, id(execution, "personId"),
                ReferralTarget.EXTERNAL.equals(target) ? ReferralTarget.externalToBeNamed() : ReferralTarget.unit(target),
                (String) execution.getVariable("referralReason")), (String) execution.getVariable("caseManager"));
        execution.setProcessBusinessKey(ReferralProcess.businessKey(referral.getId()));
        execution.setVariables(ReferralProcess.variables(referral));
    }

    private static Long id(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : ((Number) value).longValue();
    }
}
