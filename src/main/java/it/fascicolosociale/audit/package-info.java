/**
 * Audit: the access log. Every read and write of a person's file leaves one row, in the same transaction as
 * the action, chained by hashes and anchored so that any change, deletion or reordering is found, and kept 24 months.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package it.fascicolosociale.audit;

import org.springframework.modulith.ApplicationModule;
