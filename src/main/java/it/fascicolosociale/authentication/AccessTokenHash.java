package it.fascicolosociale.authentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The ID token's {@code at_hash}, which binds it to the access token issued with it (OpenID Connect Core
 * 3.1.3.6 and 3.1.3.8; always sent by SPID and CIE id). Spring Security does not check it, so a genuine ID
 * token could travel with another sign-in's access token, whose user info would then be read. When present it
 * must match; optional otherwise, as in OpenID Connect Core's code flow. The client accepts RS256 ID tokens
 * only (Spring Security's default), whose hash is SHA-256.
 */
final class AccessTokenHash {

    private AccessTokenHash() {
    }

    static boolean matches(OidcIdToken idToken, OAuth2AccessToken accessToken) {
        String claimed = idToken.getAccessTokenHash();
        return claimed == null || MessageDigest.isEqual(claimed.getBytes(StandardCharsets.US_ASCII),
                of(accessToken.getTokenValue()).getBytes(StandardCharsets.US_ASCII));
    }

    /** The left half of the SHA-256 of the token's ASCII text, base64url without padding. */
    static String of(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
