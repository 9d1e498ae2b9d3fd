package it.fascicolosociale.workflow.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.referrals.Referrals;
import it.fascicolosociale.workflow.referrals.ReferralProcess;

/**
 * Starts the {@code referral} process (message {@code ReferralRequested}, business key {@code referral-<id>}) of
 * the referral the front office asked at the first interview. The accesso then ends: the referral lives its own
 * life and its answer goes back to the operator who sent it.
 */
@Component("startReferral")
class StartReferral implements JavaDelegate {

    private final Referrals referrals;

    StartReferral(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Referral referral = referrals.get(((Number) execution.getVariable("referralId")).longValue());
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(
                ReferralProcess.REQUESTED_MESSAGE, ReferralProcess.businessKey(referral.getId()),
                ReferralProcess.variables(referral));
    }
}
