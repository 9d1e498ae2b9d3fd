/**
 * Workflow: the glue between the Camunda engine and the domain. Routing expressions for BPMN, the
 * engine's identity backed by the organization's operators, and the engine's web security filters.
 */
@ApplicationModule(displayName = "Workflow", allowedDependencies = {
        "access", "intake", "cases", "assessment", "careplans", "benefits", "referrals", "notes", "people", "organization", "platform"})
package it.fascicolosociale.workflow;

import org.springframework.modulith.ApplicationModule;
