/**
 * Assessment: the social assessment and the multidimensional assessment (UVMD) of a person, with the
 * SVaMA/SVaMDi social part coded as the SINA block of the INPS flow asks.
 */
@ApplicationModule(displayName = "Assessment", allowedDependencies = {"cases", "people", "organization", "platform"})
package it.fascicolosociale.assessment;

import org.springframework.modulith.ApplicationModule;
