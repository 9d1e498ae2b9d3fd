package it.fascicolosociale.privacy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import it.fascicolosociale.platform.security.SignedInClient;
import it.fascicolosociale.privacy.AccessPolicy.Account;

/**
 * One account's plain HTTP session on the running application, signed in through the real form (anonymous: a
 * session that only opened the sign-in page), with the CSRF token of its session for the POSTs.
 */
final class MatrixClient {

    private final int port;
    private final SignedInClient client;
    private final String csrfToken;

    private MatrixClient(int port, SignedInClient client, String csrfToken) {
        this.port = port;
        this.client = client;
        this.csrfToken = csrfToken;
    }

    static MatrixClient of(int port, Account account) throws IOException, InterruptedException {
        SignedInClient client = new SignedInClient(port);
        if (account.anonymous()) {
            return new MatrixClient(port, client, client.csrfTokenFrom("/login"));
        }
        client.signIn(account.username());
        return new MatrixClient(port, client, client.csrfTokenFrom("/profile/security"));
    }

    /**
     * GET, or POST with the session's CSRF token and no form values; JSON asked of the API, HTML elsewhere. Sent as the
     * HTTPS reverse proxy of production forwards it: plain HTTP, with {@code X-Forwarded-Proto: https}.
     */
    Answer ask(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                .header("X-Forwarded-Proto", "https");
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8)));
        } else {
            request.GET();
        }
        return Answer.of(client.client().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString()));
    }
}
