/**
 * Benefits: the service catalogue (nomenclatore locale) mapped to the SIUSS Tabella 1 codes and the
 * ISTAT survey, the dated tariff tables, and the ISEE co-payment policy; later the benefits themselves.
 */
@ApplicationModule(displayName = "Benefits", allowedDependencies = {"organization", "platform"})
package it.fascicolosociale.benefits;

import org.springframework.modulith.ApplicationModule;
