/**
 * People: the persons the social services know, their codice fiscale and places of birth, and the
 * households (nuclei familiari) they live in.
 */
@ApplicationModule(displayName = "People", allowedDependencies = {"organization", "platform"})
package it.fascicolosociale.people;

import org.springframework.modulith.ApplicationModule;
