package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The assurance level at a real sign-in through the fake provider, whose ID tokens say SPID level 2 unless a
 * test has it sign another {@code acr}: below the configured minimum, or not stated, the operator is refused with
 * a page that says so; above it, signed in.
 */
class OidcAssuranceLevelTest extends FakeProviderSignIn {


    @BeforeEach
    void link() {
        linkLauraToHerOperator();
    }

    @Test
    void asksTheProviderForLevel2WithAProofKey() throws Exception {
        String authorization = get(app("/oauth2/authorization/fake")).headers().firstValue("Location").orElseThrow();

        assertThat(authorization).startsWith(FakeOidcProvider.issuer(provider))
                .contains("acr_values=https://www.spid.gov.it/SpidL2").contains("code_challenge_method=S256");
    }

    @Test
    void refusesSpidLevel1WithAnExplanation() throws Exception {
        providerSigns("https://www.spid.gov.it/SpidL1");

        assertRefusedForTheAssuranceLevel(signInAtTheProvider(LAURA));
    }

    @Test
    void refusesAnIdTokenThatDoesNotStateTheLevel() throws Exception {
        providerSigns(null);

        assertRefusedForTheAssuranceLevel(signInAtTheProvider(LAURA));
    }

    @Test
    void refusesALevelItDoesNotKnow() throws Exception {
        providerSigns("https://www.spid.gov.it/SpidL9");

        assertRefusedForTheAssuranceLevel(signInAtTheProvider(LAURA));
    }

    @Test
    void signsInWithSpidLevel3() throws Exception {
        providerSigns("https://www.spid.gov.it/SpidL3");

        assertThat(signInAtTheProvider(LAURA)).isEqualTo(app("/"));
        assertThat(get(app("/")).body()).contains("Operatore: laura.bianchi");
    }

    @Test
    void signsInWithTheEidasEquivalentOfLevel2() throws Exception {
        providerSigns("http://eidas.europa.eu/LoA/substantial");

        assertThat(signInAtTheProvider(LAURA)).isEqualTo(app("/"));
    }

    private void providerSigns(String acr) {
        FakeOidcProvider.tokenEndpoint(provider).forge(IdTokenForgery.withClaims(claims -> claims.claim("acr", acr)));
    }

    private void assertRefusedForTheAssuranceLevel(String landing) throws Exception {
        assertThat(landing).isEqualTo(app("/login?oidc-weak"));
        assertThat(get(landing).body()).contains("livello di sicurezza inferiore a quello richiesto");
        assertThat(signedOut()).isTrue();
    }
}
