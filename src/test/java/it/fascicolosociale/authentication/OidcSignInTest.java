package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through an OIDC provider, against a real one: Spring Authorization Server started by this test on
 * loopback. The whole browser flow runs over HTTP (authorization request, the provider's sign-in form, the
 * code back to the application, token and ID token checks): an identity linked to an operator signs in as
 * that operator, with their roles; an identity linked to nobody is refused with an explanation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OidcSignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static ConfigurableApplicationContext provider;

    @LocalServerPort
    int port;

    @Autowired
    ExternalIdentities identities;

    @Autowired
    it.fascicolosociale.organization.Operators operators;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @DynamicPropertySource
    static void providerRegistration(DynamicPropertyRegistry properties) {
        provider = FakeOidcProvider.start();
        String registration = "spring.security.oauth2.client.registration.fake.";
        properties.add(registration + "client-id", () -> FakeOidcProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> FakeOidcProvider.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> "Provider di prova");
        properties.add(registration + "scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.provider.fake.issuer-uri", () -> FakeOidcProvider.issuer(provider));
        properties.add("fascicolo.security.oidc.operator-claim", () -> "fiscal_number");
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @AfterEach
    void unlink() {
        identities.unlink("fake", FakeOidcProvider.FISCAL_NUMBERS.get("laura.idp"));
    }

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

    @Test
    void anIdentityLinkedToNobodyIsRefusedWithAnExplanation() throws Exception {
        String landing = signInAtTheProvider("ignoto.idp");

        assertThat(landing).isEqualTo(app("/login?oidc-refused"));
        assertThat(get(landing).body()).contains("non \u00e8 collegata a nessun operatore attivo");
        HttpResponse<String> home = get(app("/"));
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    /** Follows the whole redirect chain as a browser would; answers where the application finally sends it. */
    private String signInAtTheProvider(String person) throws IOException, InterruptedException {
        String location = follow(app("/oauth2/authorization/fake"), to -> to.startsWith(FakeOidcProvider.issuer(provider) + "/login"));
        Matcher token = CSRF.matcher(get(location).body());
        assertThat(token.find()).as("the provider's sign-in form").isTrue();
        String form = "username=" + person + "&password=" + FakeOidcProvider.PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(location))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return follow(signedIn.headers().firstValue("Location").orElseThrow(),
                to -> to.equals(app("/")) || to.startsWith(app("/login?")));
    }

    /** GETs and follows redirects until one leads where the test wants to look, or the chain lands. */
    private String follow(String start, java.util.function.Predicate<String> stopAt) throws IOException, InterruptedException {
        String location = start;
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = get(location);
            String next = response.headers().firstValue("Location").orElse(null);
            if (next == null) {
                return location;
            }
            location = URI.create(location).resolve(next).toString();
            if (stopAt.test(location)) {
                return location;
            }
        }
        throw new AssertionError("too many redirects from " + start);
    }

    private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
