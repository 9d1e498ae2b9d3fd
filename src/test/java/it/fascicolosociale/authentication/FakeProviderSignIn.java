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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with the fake OIDC provider registered as "fake", and a browser (one per test, with its own
 * cookies) that goes through the whole flow over HTTP: authorization request, the provider's sign-in form,
 * the code back to the application. The tests that extend it share one provider and one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class FakeProviderSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    static final ConfigurableApplicationContext provider = FakeOidcProvider.shared();

    /** The provider's person whose identity the tests link to the operator laura.bianchi. */
    static final String LAURA = "laura.idp";

    @LocalServerPort
    int port;

    @Autowired
    ExternalIdentities identities;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @DynamicPropertySource
    static void providerRegistration(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.fake.";
        properties.add(registration + "client-id", () -> FakeOidcProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> FakeOidcProvider.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> "Provider di prova");
        properties.add(registration + "scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.provider.fake.issuer-uri", () -> FakeOidcProvider.issuer(provider));
        properties.add("fascicolo.security.oidc.operator-claim", () -> "fiscal_number");
    }

    /** Each test starts from genuine tokens and no link to Laura's identity. */
    @AfterEach
    void genuineTokensAndNoLink() {
        FakeOidcProvider.tokenEndpoint(provider).forge(null);
        identities.unlink("fake", FakeOidcProvider.FISCAL_NUMBERS.get(LAURA));
    }

    void linkLauraToHerOperator() {
        identities.link("fake", FakeOidcProvider.FISCAL_NUMBERS.get(LAURA), "laura.bianchi");
    }

    /** Follows the whole redirect chain as a browser would; answers where the application finally sends it. */
    String signInAtTheProvider(String person) throws IOException, InterruptedException {
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
    private String follow(String start, Predicate<String> stopAt) throws IOException, InterruptedException {
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

    /** Whether the browser's session is signed out: the home page sends it to the sign-in page. */
    boolean signedOut() throws IOException, InterruptedException {
        HttpResponse<String> home = get(app("/"));
        return home.statusCode() == 302 && home.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
