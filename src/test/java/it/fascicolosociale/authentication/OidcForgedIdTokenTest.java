package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Forged and mutated ID tokens at the end of a real sign-in through the fake provider: every class of
 * {@link ForgedIdToken} is refused (the sign-in page with its error, nobody signed in), while the same flow
 * with the untampered token signs the operator in.
 */
class OidcForgedIdTokenTest extends FakeProviderSignIn {

    private static final AtomicInteger tried = new AtomicInteger();
    private static final AtomicInteger refused = new AtomicInteger();

    @BeforeEach
    void link() {
        linkLauraToHerOperator();
    }

    @AfterAll
    static void report() {
        System.out.printf("OIDC: %d mutated tokens refused of %d%n", refused.get(), tried.get());
    }

    @Test
    void theUntamperedTokenSignsTheOperatorIn() throws Exception {
        String landing = signInAtTheProvider(LAURA);

        assertThat(landing).isEqualTo(app("/"));
        assertThat(get(landing).body()).contains("Operatore: laura.bianchi");
    }

    /** The control of the forging itself: a token taken apart and signed again by the provider still passes. */
    @Test
    void aTokenSignedAgainByTheProviderWithNothingChangedSignsTheOperatorIn() throws Exception {
        FakeOidcProvider.tokenEndpoint(provider).forge(IdTokenForgery.withClaims(claims -> claims));

        assertThat(signInAtTheProvider(LAURA)).isEqualTo(app("/"));
        assertThat(signedOut()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ForgedIdToken.class)
    void refusesAForgedIdToken(ForgedIdToken forgery) throws Exception {
        FakeOidcProvider.tokenEndpoint(provider).forge(forgery);
        tried.incrementAndGet();

        String landing = signInAtTheProvider(LAURA);

        assertThat(landing).as("where %s lands", forgery).isEqualTo(app("/login?oidc-failed"));
        assertThat(get(landing).body()).contains("Il fornitore di identit\u00e0 non ha confermato");
        assertThat(signedOut()).as("signed out after %s", forgery).isTrue();
        refused.incrementAndGet();
    }
}
