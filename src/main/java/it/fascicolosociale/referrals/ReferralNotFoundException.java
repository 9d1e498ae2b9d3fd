package it.fascicolosociale.referrals;

import it.fascicolosociale.platform.NotFoundException;

/** No referral with that id. */
public class ReferralNotFoundException extends NotFoundException {

    ReferralNotFoundException(Long id) {
        super("error.referral.not-found", "No referral " + id);
    }
}
