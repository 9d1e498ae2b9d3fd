/**
 * Access: who may read which social file. The need-to-know policy in one place: the case's team, the unit
 * the delegation table puts in charge, an open task of the case, the front office of an accesso. Pages and
 * APIs ask it before they read a person or a case, and answer "not found" when it says no.
 */
@ApplicationModule(displayName = "Access", allowedDependencies = {"cases", "intake", "people", "referrals", "audit", "organization", "platform"})
package it.fascicolosociale.access;

import org.springframework.modulith.ApplicationModule;
