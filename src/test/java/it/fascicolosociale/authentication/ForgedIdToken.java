package it.fascicolosociale.authentication;

import static it.fascicolosociale.authentication.IdTokenForgery.signed;
import static it.fascicolosociale.authentication.IdTokenForgery.withClaims;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * The classes of bad ID token an application must refuse (OpenID Connect Core 3.1.3.7 and 3.1.3.8, RFC 7515
 * 4.1.11, RFC 8725; OWASP ASVS 5.0.0 6.8.2, 10.5.1): each made from a genuine token of the fake provider,
 * wrong in one way only.
 */
enum ForgedIdToken implements IdTokenForgery {

    SIGNED_BY_ANOTHER_KEY((genuine, key) -> signed(genuine.getJWTClaimsSet(),
            new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate(), key.getKeyID())),
    UNSIGNED_WITH_ALG_NONE((genuine, key) -> new PlainJWT(genuine.getJWTClaimsSet()).serialize()),
    HS256_WITH_THE_PUBLIC_KEY_AS_SECRET((genuine, key) -> {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                genuine.getJWTClaimsSet());
        token.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
        return token.serialize();
    }),
    SIGNED_BY_A_KEY_EMBEDDED_IN_THE_HEADER((genuine, key) -> {
        RSAKey forger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .jwk(forger.toPublicJWK()).build(), genuine.getJWTClaimsSet());
        token.sign(new RSASSASigner(forger));
        return token.serialize();
    }),
    CRITICAL_HEADER_THE_CLIENT_DOES_NOT_UNDERSTAND((genuine, key) -> {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .criticalParams(Set.of("exp-policy")).customParam("exp-policy", "never").build(), genuine.getJWTClaimsSet());
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }),
    /**
     * The provider's own key, with another algorithm than RS256: refused, so that {@link AccessTokenHash} may take
     * the hash of RS256 (SHA-256) for every token it sees.
     */
    SIGNED_BY_THE_PROVIDER_KEY_WITH_RS512((genuine, key) -> {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS512).keyID(key.getKeyID()).build(),
                genuine.getJWTClaimsSet());
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }),
    KEY_ID_NOT_IN_THE_JWKS((genuine, key) -> signed(genuine.getJWTClaimsSet(), key, "a-key-the-provider-never-published")),
    SIGNATURE_STRIPPED((genuine, key) -> genuine.getHeader().toBase64URL() + "." + genuine.getPayload().toBase64URL() + "."),
    PAYLOAD_TAMPERED_UNDER_A_VALID_HEADER((genuine, key) -> genuine.getHeader().toBase64URL() + "."
            + Base64URL.encode(new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).subject("someone-else").build().toString())
            + "." + genuine.getSignature()),
    WRONG_ISSUER(withClaims(claims -> claims.issuer("http://127.0.0.1:1/another-provider"))),
    WRONG_AUDIENCE(withClaims(claims -> claims.audience("another-client"))),
    SEVERAL_AUDIENCES_WITHOUT_THE_CLIENT(withClaims(claims -> claims.audience(List.of("another-client", "a-third-client")))),
    AUTHORIZED_PARTY_ANOTHER_CLIENT(withClaims(claims -> claims.audience(List.of(FakeOidcProvider.CLIENT_ID, "another-client"))
            .claim("azp", "another-client"))),
    EXPIRED(withClaims(claims -> claims.issueTime(from(Duration.ofHours(-2))).expirationTime(from(Duration.ofHours(-1))))),
    NOT_VALID_BEFORE_AN_HOUR_FROM_NOW(withClaims(claims -> claims.notBeforeTime(from(Duration.ofHours(1))))),
    ISSUED_IN_THE_FUTURE(withClaims(claims -> claims.issueTime(from(Duration.ofHours(1))).expirationTime(from(Duration.ofHours(2))))),
    WITHOUT_SUBJECT(withClaims(claims -> claims.subject(null))),
    WITHOUT_NONCE(withClaims(claims -> claims.claim("nonce", null))),
    WITH_ANOTHER_NONCE(withClaims(claims -> claims.claim("nonce", "a-nonce-of-another-sign-in"))),
    ACCESS_TOKEN_HASH_OF_ANOTHER_TOKEN(withClaims(claims -> claims.claim("at_hash",
            AccessTokenHash.of("an-access-token-of-another-sign-in"))));

    private final IdTokenForgery forgery;

    ForgedIdToken(IdTokenForgery forgery) {
        this.forgery = forgery;
    }

    @Override
    public String forge(SignedJWT genuine, RSAKey providerKey) throws ParseException, JOSEException {
        return forgery.forge(genuine, providerKey);
    }

    private static Date from(Duration fromNow) {
        return Date.from(Instant.now().plus(fromNow));
    }
}
