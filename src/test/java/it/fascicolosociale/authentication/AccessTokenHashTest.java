package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

class AccessTokenHashTest {

    /** The example of OpenID Connect Core 1.0, appendix A.3. */
    private static final String ACCESS_TOKEN = "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y";
    private static final String ITS_HASH = "77QmUPtjPfzWtF2AnpK9RQ";

    @Test
    void hashesAsTheSpecificationsExample() {
        assertThat(AccessTokenHash.of(ACCESS_TOKEN)).isEqualTo(ITS_HASH);
    }

    @Test
    void bindsTheIdTokenToItsOwnAccessTokenOnly() {
        assertThat(AccessTokenHash.matches(idToken(Map.of("at_hash", ITS_HASH)), accessToken(ACCESS_TOKEN))).isTrue();
        assertThat(AccessTokenHash.matches(idToken(Map.of("at_hash", ITS_HASH)), accessToken("another-access-token"))).isFalse();
    }

    @Test
    void acceptsAnIdTokenWithoutTheHash() {
        assertThat(AccessTokenHash.matches(idToken(Map.of()), accessToken(ACCESS_TOKEN))).isTrue();
    }

    private static OidcIdToken idToken(Map<String, Object> claims) {
        return OidcIdToken.withTokenValue("id-token").subject("someone").claims(all -> all.putAll(claims)).build();
    }

    private static OAuth2AccessToken accessToken(String value) {
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, Instant.now(), Instant.now().plusSeconds(60));
    }
}
