/**
 * Authentication: how operators prove who they are on top of their account in the organization. Lockout
 * with backoff after failed attempts, the TOTP second factor (required for some roles, available to all),
 * sign-in through an OIDC provider mapped onto existing operators, and the operator's own security page.
 * The filter chains themselves stay in the platform, which asks this module through
 * {@link it.fascicolosociale.platform.security.SignInSteps}.
 */
@ApplicationModule(displayName = "Authentication", allowedDependencies = {"platform", "organization"})
package it.fascicolosociale.authentication;

import org.springframework.modulith.ApplicationModule;
