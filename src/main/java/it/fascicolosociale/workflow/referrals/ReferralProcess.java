package it.fascicolosociale.workflow.referrals;

import java.util.HashMap;
import java.util.Map;

import it.fascicolosociale.referrals.Referral;

/**
 * How the {@code referral} process is started and what it holds: the business key {@code referral-<id>}, and
 * the ids, the sender and the target code ({@code unit code} or {@code external}) its tasks and gateways need.
 */
public final class ReferralProcess {

    /** The message that starts a referral asked elsewhere (the accesso's first interview). */
    public static final String REQUESTED_MESSAGE = "ReferralRequested";

    private ReferralProcess() {
    }

    public static String businessKey(Long referralId) {
        return "referral-" + referralId;
    }

    public static Map<String, Object> variables(Referral referral) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("referralId", referral.getId());
        variables.put("personId", referral.getPersonId());
        if (referral.getCaseId() != null) {
            variables.put("caseId", referral.getCaseId());
        }
        if (referral.getIntakeId() != null) {
            variables.put("intakeId", referral.getIntakeId());
        }
        variables.put("sender", referral.getSender());
        variables.put("referralTarget", referral.target().code());
        variables.put("externalBodyToName", !referral.target().isUnit() && referral.target().body() == null);
        return variables;
    }
}
