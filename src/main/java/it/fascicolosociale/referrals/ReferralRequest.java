package it.fascicolosociale.referrals;

import java.util.Objects;

import it.fascicolosociale.platform.RuleViolation;

/**
 * A referral as the sender asks it: from a social case or from an accesso (or both), for a person, to a target,
 * with the reason and what is asked of the recipient.
 */
public record ReferralRequest(Long caseId, Long intakeId, Long personId, ReferralTarget target, String reason) {

    static final int REASON_MAX = 4000;

    public ReferralRequest {
        Objects.requireNonNull(personId, "personId");
        if (caseId == null && intakeId == null) {
            throw new RuleViolation("error.referral.origin-required", "a referral comes from a case or an intake");
        }
        if (target == null) {
            throw new RuleViolation("error.referral.target-required", "a referral needs its target");
        }
        reason = Texts.required(reason, REASON_MAX, "error.referral.reason-required", "error.referral.reason-too-long");
    }
}
