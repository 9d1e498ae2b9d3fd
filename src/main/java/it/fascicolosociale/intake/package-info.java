/**
 * Intake: the accessi to the segretariato sociale, from the first contact to its outcome (information
 * and orientation, a referral to another service, or a proposal of presa in carico accepted or rejected by the
 * coordinator).
 */
@ApplicationModule(displayName = "Intake", allowedDependencies = {"people", "organization", "platform"})
package it.fascicolosociale.intake;

import org.springframework.modulith.ApplicationModule;
