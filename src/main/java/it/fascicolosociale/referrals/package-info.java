/**
 * Referrals: requests of a case manager or front office to another service, inside or outside the
 * platform, allowed by a recorded consent or legal basis, and the answers that come back.
 */
@ApplicationModule(displayName = "Referrals", allowedDependencies = {"cases", "people", "organization", "platform"})
package it.fascicolosociale.referrals;

import org.springframework.modulith.ApplicationModule;
