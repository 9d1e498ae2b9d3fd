/**
 * Care plans: the PAI (progetto assistenziale individualizzato) of a case, with its goals, planned
 * interventions (benefits and referrals), approval, reviews and versions.
 */
@ApplicationModule(displayName = "Care plans", allowedDependencies = {"cases", "people", "organization", "platform"})
package it.fascicolosociale.careplans;

import org.springframework.modulith.ApplicationModule;
