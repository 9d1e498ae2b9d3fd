/**
 * Benefits: the service catalogue (nomenclatore locale) mapped to the SIUSS Tabella 1 codes and the
 * ISTAT survey, the dated tariff tables, the ISEE co-payment policy, and the benefits granted to the
 * persons of social cases with their approval rules, deliveries and cost split.
 */
@ApplicationModule(displayName = "Benefits", allowedDependencies = {"cases", "organization", "platform"})
package it.fascicolosociale.benefits;

import org.springframework.modulith.ApplicationModule;
