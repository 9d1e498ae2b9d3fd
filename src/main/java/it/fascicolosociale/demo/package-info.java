/**
 * Demo: synthetic social cases for {@code ./mvnw spring-boot:run}, made by driving the real processes through
 * their forms as the demo operators would have, so that the pages show work in every state on first start.
 * Assessments, PAIs and benefits come out of those processes; the demo itself only starts them and fills forms.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"workflow", "workflow :: case-events", "intake", "cases",
        "referrals", "notes", "people", "organization", "platform"})
package it.fascicolosociale.demo;

import org.springframework.modulith.ApplicationModule;
