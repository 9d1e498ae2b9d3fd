/**
 * The glue of the {@code emergency-access-review} process: the DPO's verdict on a break-the-glass, recorded on the
 * emergency access, and the review's time limit.
 */
package it.fascicolosociale.workflow.privacy;
