package it.fascicolosociale.authentication;

import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** How the fake provider spoils a genuine ID token it has just issued, as a forger or a broken provider would. */
@FunctionalInterface
interface IdTokenForgery {

    String forge(SignedJWT genuine, RSAKey providerKey) throws java.text.ParseException, JOSEException;

    /** The genuine token with some claims changed, properly signed by the provider: only the claims are wrong. */
    static IdTokenForgery withClaims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return (genuine, key) -> signed(change.apply(new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())).build(), key, key.getKeyID());
    }

    static String signed(JWTClaimsSet claims, RSAKey key, String keyId) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }
}
