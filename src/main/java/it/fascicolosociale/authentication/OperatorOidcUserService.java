package it.fascicolosociale.authentication;

import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a sign-in at an OIDC provider into an existing operator: the configured claim (the subject, or the
 * codice fiscale as SPID/CIE send it) must be linked to an enabled operator, whose roles of today become
 * the session's, exactly as after the sign-in form. Nobody unknown gets in, and nobody is created. The sign-in
 * must first reach the assurance level of the {@link AssuranceLevelPolicy}, and its ID token be bound to its
 * access token ({@link AccessTokenHash}).
 */
@Component
class OperatorOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_OPERATOR = "unknown_operator";
    /** Spring Security's own code for an ID token that fails its checks. */
    private static final String INVALID_ID_TOKEN = "invalid_id_token";
    private static final Logger LOG = LoggerFactory.getLogger(OperatorOidcUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final ExternalIdentities identities;
    private final UserDetailsService operators;
    private final AssuranceLevelPolicy assurance;
    private final String claim;

    OperatorOidcUserService(ExternalIdentities identities, UserDetailsService operators, AssuranceLevelPolicy assurance,
                            @Value("${fascicolo.security.oidc.operator-claim:sub}") String claim) {
        this.identities = identities;
        this.operators = operators;
        this.assurance = assurance;
        this.claim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        String registrationId = request.getClientRegistration().getRegistrationId();
        if (!AccessTokenHash.matches(request.getIdToken(), request.getAccessToken())) {
            throw refused(registrationId, INVALID_ID_TOKEN, "at_hash does not match the access token");
        }
        if (!assurance.accepts(request.getIdToken().getClaimAsString("acr"))) {
            throw refused(registrationId, AssuranceLevelPolicy.INSUFFICIENT_ASSURANCE, "assurance level below the minimum or not stated");
        }
        OidcUser external = provider.loadUser(request);
        Object value = external.getClaims().get(claim);
        UserDetails operator = (value == null ? java.util.Optional.<String>empty()
                : identities.operatorOf(registrationId, value.toString()))
                .map(operators::loadUserByUsername)
                .filter(UserDetails::isEnabled)
                .orElseThrow(() -> refused(registrationId, UNKNOWN_OPERATOR, "no enabled operator linked to the identity"));
        return new OperatorOidcUser(operator.getUsername(), operator.getAuthorities(), external);
    }

    private static OAuth2AuthenticationException refused(String registrationId, String code, String reason) {
        LOG.info("OIDC sign-in through {} refused: {}", registrationId, reason);
        return new OAuth2AuthenticationException(new OAuth2Error(code, reason, null));
    }

    /** The provider's user, named by the operator's username (which the engine and the pages use). */
    static final class OperatorOidcUser extends DefaultOidcUser {

        private final String username;

        OperatorOidcUser(String username, Collection<? extends GrantedAuthority> authorities, OidcUser external) {
            super(authorities, external.getIdToken(), external.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && other instanceof OperatorOidcUser user && user.username.equals(username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
