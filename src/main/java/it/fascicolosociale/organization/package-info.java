/**
 * Organization: the social district, the comuni, the health authority, the managing bodies, their units
 * and operators, and the delegation table that says who is in charge of which comune and user area.
 * Routing of work (candidate groups {@code role@unit}) is answered here.
 */
@ApplicationModule(displayName = "Organization", allowedDependencies = "platform")
package it.fascicolosociale.organization;

import org.springframework.modulith.ApplicationModule;
