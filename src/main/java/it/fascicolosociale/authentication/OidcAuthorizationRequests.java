package it.fascicolosociale.authentication;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;

/**
 * The authorization requests sent to an OIDC provider, as SPID and CIE id require them: with PKCE, and with
 * {@code acr_values} naming the minimum assurance level of the {@link AssuranceLevelPolicy}, so that the provider
 * asks for the second factor up front instead of the sign-in being refused afterwards. Spring Security's OIDC
 * sign-in picks this resolver up by its type; it is used only when a provider is configured.
 */
@Component
class OidcAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    private static final String AUTHORIZATION_PATH = "/oauth2/authorization";

    private final ObjectProvider<ClientRegistrationRepository> providers;
    private final AssuranceLevelPolicy assurance;
    private OAuth2AuthorizationRequestResolver requests;

    OidcAuthorizationRequests(ObjectProvider<ClientRegistrationRepository> providers, AssuranceLevelPolicy assurance) {
        this.providers = providers;
        this.assurance = assurance;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return requests().resolve(request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return requests().resolve(request, clientRegistrationId);
    }

    private synchronized OAuth2AuthorizationRequestResolver requests() {
        if (requests == null) {
            DefaultOAuth2AuthorizationRequestResolver resolver =
                    new DefaultOAuth2AuthorizationRequestResolver(providers.getObject(), AUTHORIZATION_PATH);
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                    .andThen(request -> request.additionalParameters(parameters ->
                            parameters.put("acr_values", assurance.minimumAcr()))));
            requests = resolver;
        }
        return requests;
    }
}
