/**
 * The glue of the {@code referral} process (Invio / collaborazione): its forms mapped onto the referrals and the
 * consents, the justification check and the sending, and the routing of the answer to the target unit.
 */
package it.fascicolosociale.workflow.referrals;
