package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.organization.OperatorProfile;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.RoleAssignment;

/**
 * Sign-in through an OIDC provider, against a real one: Spring Authorization Server on loopback
 * ({@link FakeOidcProvider}). The whole browser flow runs over HTTP (authorization request, the provider's
 * sign-in form, the code back to the application, token and ID token checks): an identity linked to an
 * operator signs in as that operator, with their roles; an identity linked to nobody is refused with an
 * explanation.
 */
class OidcSignInTest extends FakeProviderSignIn {

    @Autowired
    it.fascicolosociale.organization.Operators operators;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSignInPageOffersTheProvider() throws Exception {
        assertThat(get(app("/login")).body()).contains("Accedi con Provider di prova").contains("/oauth2/authorization/fake");
    }

    @Test
    void anIdentityLinkedToAnOperatorSignsInAsThatOperator() throws Exception {
        identities.link("fake", "BNCLRA80A41B563K", "laura.bianchi");

        String landing = signInAtTheProvider("laura.idp");

        assertThat(landing).isEqualTo(app("/"));
        HttpResponse<String> home = get(landing);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Operatore: laura.bianchi");
        assertThat(get(app("/camunda/app/welcome/default/")).statusCode()).isEqualTo(200);
        assertThat(get(app("/admin")).statusCode()).isEqualTo(403);
    }

    @Test
    void linksArePerProviderAndTakeTheFiscalCodeWithOrWithoutItsPrefix() throws Exception {
        assertThat(identities.linksOf("laura.bianchi")).isEmpty();
        identities.link("fake", "TINIT-BNCLRA80A41B563K", "laura.bianchi");

        assertThat(identities.linksOf("laura.bianchi")).containsExactly(new ExternalIdentities.Link("fake", "BNCLRA80A41B563K"));
        assertThat(identities.operatorOf("fake", "bnclra80a41b563k".toUpperCase())).contains("laura.bianchi");
        assertThat(identities.operatorOf("other-provider", "BNCLRA80A41B563K")).isEmpty();
    }

    @Test
    void theAdministratorLinksAndUnlinksAnIdentityOnTheOperatorsSecurityPage() throws Exception {
        it.fascicolosociale.platform.security.SignedInClient administrator = new it.fascicolosociale.platform.security.SignedInClient(port);
        administrator.signIn("stefano.costa");
        String page = "/admin/operators/" + operators.byUsername("laura.bianchi").orElseThrow().getId() + "/security";
        assertThat(administrator.get(page).body()).contains("<option value=\"fake\">fake</option>");

        administrator.post(page + "/identities", "registrationId=fake&externalId=TINIT-BNCLRA80A41B563K", administrator.csrfTokenFrom(page));
        assertThat(identities.linksOf("laura.bianchi")).containsExactly(new ExternalIdentities.Link("fake", "BNCLRA80A41B563K"));
        assertThat(administrator.get(page).body()).contains("fake: BNCLRA80A41B563K");

        administrator.post(page + "/identities/remove", "registrationId=fake&externalId=BNCLRA80A41B563K", administrator.csrfTokenFrom(page));
        assertThat(identities.linksOf("laura.bianchi")).isEmpty();
    }

    /** Removing the link (an identity lost or no longer the operator's) ends the session it opened, at its next request. */
    @Test
    void removingTheLinkEndsTheSessionItOpened() throws Exception {
        linkLauraToHerOperator();
        assertThat(signInAtTheProvider(LAURA)).isEqualTo(app("/"));

        identities.unlink("fake", FakeOidcProvider.FISCAL_NUMBERS.get(LAURA));

        HttpResponse<String> next = get(app("/"));
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?revoked"));
    }

    /** A disabled account stays closed to its provider's identity: the link alone opens nothing. */
    @Test
    void anIdentityLinkedToADisabledOperatorIsRefused() throws Exception {
        String disabled = "prova.disattivata." + System.nanoTime() % 100_000;
        transactions.executeWithoutResult(status -> {
            RoleAssignment lauras = operators.byUsername("laura.bianchi").orElseThrow().getAssignments().get(0);
            operators.register(disabled, new OperatorProfile("Prova", "Disattivata", disabled + "@prova.invalid", false),
                    "Sette-Salici-Sul-Brenta-2026", List.of(new RoleAssignment(Role.SOCIAL_WORKER, lauras.unitId(), lauras.validFrom(), null)));
        });
        identities.link("fake", FakeOidcProvider.FISCAL_NUMBERS.get(LAURA), disabled);

        assertThat(signInAtTheProvider(LAURA)).isEqualTo(app("/login?oidc-refused"));
        assertThat(signedOut()).isTrue();
    }

    @Test
    void anIdentityLinkedToNobodyIsRefusedWithAnExplanation() throws Exception {
        String landing = signInAtTheProvider("ignoto.idp");

        assertThat(landing).isEqualTo(app("/login?oidc-refused"));
        assertThat(get(landing).body()).contains("non \u00e8 collegata a nessun operatore attivo");
        assertThat(signedOut()).isTrue();
    }
}
