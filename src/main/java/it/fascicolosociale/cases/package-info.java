/**
 * Cases: the social case (presa in carico) of a person, from its opening with a case manager to its
 * closure, and its reopening.
 */
@ApplicationModule(displayName = "Cases", allowedDependencies = {"people", "organization", "platform"})
package it.fascicolosociale.cases;

import org.springframework.modulith.ApplicationModule;
