package it.fascicolosociale.workflow.referrals;

import org.springframework.stereotype.Component;

import it.fascicolosociale.referrals.Referrals;

/**
 * The {@code referralDispatch} bean of the referral's service tasks: whether the referral is justified today
 * (by the engine's clock), and its sending (to the unit, or as the letter for the external body).
 */
@Component("referralDispatch")
public class ReferralDispatch {

    private final Referrals referrals;

    ReferralDispatch(Referrals referrals) {
        this.referrals = referrals;
    }

    /** Whether a consent in force or a recorded legal basis allows the referral today. */
    public boolean justified(Long referralId) {
        return referrals.isJustified(referralId, EngineDay.today());
    }

    /** Sends the referral today; for an external body this produces and stores its letter. */
    public void send(Long referralId) {
        referrals.send(referralId, EngineDay.today());
    }
}
