/**
 * KPI: process and service indicators computed from the engine history and the domain tables, for the
 * managers' dashboard, the page of each comune, the exports and the JSON API. Read-only SQL.
 */
@ApplicationModule(displayName = "KPI", allowedDependencies = {"organization", "platform"})
package it.fascicolosociale.kpi;

import org.springframework.modulith.ApplicationModule;
