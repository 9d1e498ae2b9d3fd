/** Notes: the diary of a case (typed notes) and its documents. */
@ApplicationModule(displayName = "Notes", allowedDependencies = {"access", "cases", "people", "organization", "platform"})
package it.fascicolosociale.notes;

import org.springframework.modulith.ApplicationModule;
