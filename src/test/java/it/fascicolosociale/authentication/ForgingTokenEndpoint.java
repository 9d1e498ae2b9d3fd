package it.fascicolosociale.authentication;

import java.io.IOException;
import java.text.ParseException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

/**
 * In front of the fake provider's token endpoint: when a test asks, the ID token the provider has just issued
 * is replaced by a forgery made from it, so that each forgery differs from a genuine token in one way only.
 * The rest of the answer (access token, expiry) stays the provider's own.
 */
final class ForgingTokenEndpoint extends OncePerRequestFilter {

    private final ObjectMapper json = new ObjectMapper();
    private final RSAKey providerKey;
    private volatile IdTokenForgery forgery;

    ForgingTokenEndpoint(RSAKey providerKey) {
        this.providerKey = providerKey;
    }

    /** From now on the provider's ID tokens are replaced by this forgery; {@code null} for genuine ones. */
    void forge(IdTokenForgery forgery) {
        this.forgery = forgery;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdTokenForgery current = forgery;
        if (current == null) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        Map<String, Object> body = json.readValue(answer.getContentAsByteArray(), new TypeReference<Map<String, Object>>() { });
        if (!(body.get("id_token") instanceof String genuine)) {
            answer.copyBodyToResponse();
            return;
        }
        body.put("id_token", forged(current, genuine));
        byte[] forgedAnswer = json.writeValueAsBytes(body);
        response.setContentLength(forgedAnswer.length);
        response.getOutputStream().write(forgedAnswer);
    }

    private String forged(IdTokenForgery current, String genuine) throws IOException {
        try {
            return current.forge(SignedJWT.parse(genuine), providerKey);
        } catch (ParseException | JOSEException e) {
            throw new IOException("could not forge the ID token", e);
        }
    }
}
