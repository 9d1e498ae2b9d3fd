package it.fascicolosociale.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.fascicolosociale.authentication.Base32;
import it.fascicolosociale.authentication.Totp;
import it.fascicolosociale.browser.Browser;

/**
 * A plain HTTP client signed in as a demo operator through the real sign-in form of a running server,
 * CSRF token and (for the roles that require it) the TOTP code of the demo secret included.
 */
public final class SignedInClient {

    public static final String PASSWORD = "Fascicolo-Demo-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies;
    private final HttpClient client;

    public SignedInClient(int port) {
        this(port, new CookieManager());
    }

    public SignedInClient(int port, CookieManager cookies) {
        this.port = port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public HttpClient client() {
        return client;
    }

    public CookieManager cookies() {
        return cookies;
    }

    /** Signs in and returns where the last step sent the browser. */
    public String signIn(String username) throws IOException, InterruptedException {
        String location = postForm("/login", "username=" + username + "&password=" + PASSWORD);
        if (location.endsWith("/login/second-factor")) {
            location = enterDemoCode();
        }
        assertThat(location).as("where the sign-in of " + username + " ends").doesNotContain("/login");
        return location;
    }

    /** The second step of an operator with the demo TOTP secret; answers the redirect's target. */
    public String enterDemoCode() throws IOException, InterruptedException {
        return postForm("/login/second-factor", "code=" + Totp.code(Base32.decode(Browser.DEMO_TOTP_SECRET), Instant.now()));
    }

    /** GETs a page for its CSRF token, then POSTs the form with it; answers the redirect's target. */
    public String postForm(String path, String form) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, form, csrfTokenFrom(csrfPage(path)));
        return response.headers().firstValue("Location").orElse("");
    }

    public HttpResponse<String> post(String path, String form, String csrfToken) throws IOException, InterruptedException {
        String body = form + (csrfToken == null ? "" : "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public String csrfTokenFrom(String path) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(path).body());
        assertThat(token.find()).as("a CSRF token on " + path).isTrue();
        return token.group(1);
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private static String csrfPage(String path) {
        return path.equals("/logout") ? "/" : path;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
