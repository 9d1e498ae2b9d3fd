package it.fascicolosociale.referrals;

import it.fascicolosociale.platform.RuleViolation;

/**
 * The referral may not be sent: no consent of the person in force for that recipient, and no legal basis with its
 * reason ({@link ReferralPolicy}).
 */
public class ReferralNotJustifiedException extends RuleViolation {

    ReferralNotJustifiedException(Long referralId) {
        super("error.referral.not-justified", "Referral " + referralId + " has no consent in force and no legal basis");
    }
}
