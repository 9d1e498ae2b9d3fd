/**
 * Tasks: the caseworker's starting point, the list of work routed to them and to their groups.
 */
@ApplicationModule(displayName = "Tasks", allowedDependencies = {"organization", "platform"})
package it.fascicolosociale.tasks;

import org.springframework.modulith.ApplicationModule;
