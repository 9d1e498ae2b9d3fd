package it.fascicolosociale.privacy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import it.fascicolosociale.privacy.AccessPolicy.Outcome;

/**
 * An answer of the running application as the privacy tests compare them: the status, the headers that tell a
 * client something, and the body with the values that change at every request (the CSRF token) blanked.
 */
record Answer(int status, Map<String, String> headers, String body) {

    private static final List<String> HEADERS = List.of("content-type", "content-disposition", "cache-control", "location",
            "content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy", "strict-transport-security", "www-authenticate");
    private static final Pattern CSRF = Pattern.compile("(name=\"_csrf\"[^>]*?(?:value|content)=\")[^\"]+(\")");

    static Answer of(HttpResponse<String> response) {
        Map<String, String> headers = new TreeMap<>();
        HEADERS.forEach(name -> response.headers().firstValue(name).ifPresent(value -> headers.put(name, value)));
        return new Answer(response.statusCode(), headers, CSRF.matcher(response.body()).replaceAll("$1-$2"));
    }

    Outcome outcome() {
        if (status == 400) {
            return Outcome.INVALID;
        }
        if (status == 401) {
            return Outcome.UNAUTHORIZED;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        if (status / 100 == 3 && headers.getOrDefault("location", "").matches(".*/login(\\?.*)?$")) {
            return Outcome.REDIRECT_TO_LOGIN;
        }
        return status / 100 == 2 || status / 100 == 3 ? Outcome.ALLOWED : null;
    }

    @Override
    public String toString() {
        return status + " " + headers.getOrDefault("location", "");
    }
}
