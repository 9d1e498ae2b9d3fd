package it.fascicolosociale.referrals;

import it.fascicolosociale.platform.RuleViolation;

/** A step that does not follow from where the referral stands (e.g. an update before the answer). */
public class ReferralStateException extends RuleViolation {

    ReferralStateException(Long referralId, ReferralStatus status, String step) {
        super("error.referral.wrong-state", "Referral " + referralId + " is " + status + ": cannot " + step, status.name());
    }
}
