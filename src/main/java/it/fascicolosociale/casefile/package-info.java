/**
 * Case file: the pages that gather a person's or a case's whole social file from several modules (person search,
 * person page, the fascicolo of a case with its one timeline, diary notes and documents, the PAI and relazione
 * sociale as PDF), each behind the access policy.
 */
@ApplicationModule(displayName = "Case file", allowedDependencies = {
        "access", "audit", "cases", "people", "intake", "careplans", "benefits", "referrals", "assessment", "notes", "workflow",
        "organization", "platform"})
package it.fascicolosociale.casefile;

import org.springframework.modulith.ApplicationModule;
