package it.fascicolosociale.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers in the access matrix (G11, in place of a ZAP baseline scan): every answer carries a content
 * security policy that allows no plugins, no base URL and no framing, nosniff, a referrer policy and, as every request
 * comes over HTTPS through the proxy, HSTS of a year at least with subdomains; every answer about a file is never
 * stored. Each violation is kept with where it happened.
 */
final class SecurityHeaderCheck {

    static final long HSTS_MIN_AGE = 31_536_000;
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    private final List<String> violations = new ArrayList<>();
    private int checked;
    private int aboutAFile;

    void check(String where, Answer answer, boolean isAboutAFile) {
        checked++;
        String policy = answer.headers().getOrDefault("content-security-policy", "");
        require(where, policy.contains("object-src 'none'"), "CSP without object-src 'none': " + policy);
        require(where, policy.contains("base-uri 'none'"), "CSP without base-uri 'none': " + policy);
        require(where, policy.matches(".*frame-ancestors '(none|self)'.*"), "CSP without frame-ancestors: " + policy);
        require(where, "nosniff".equals(answer.headers().get("x-content-type-options")), "no X-Content-Type-Options nosniff");
        String referrer = answer.headers().getOrDefault("referrer-policy", "");
        require(where, !referrer.isEmpty() && !referrer.contains("unsafe-url"), "Referrer-Policy '" + referrer + "'");
        String hsts = answer.headers().getOrDefault("strict-transport-security", "");
        Matcher maxAge = MAX_AGE.matcher(hsts);
        require(where, maxAge.find() && Long.parseLong(maxAge.group(1)) >= HSTS_MIN_AGE && hsts.contains("includeSubDomains"),
                "HSTS '" + hsts + "'");
        if (isAboutAFile) {
            aboutAFile++;
            String cacheControl = answer.headers().getOrDefault("cache-control", "");
            require(where, cacheControl.contains("no-store"), "about a file, Cache-Control '" + cacheControl + "'");
        }
    }

    private void require(String where, boolean met, String violation) {
        if (!met) {
            violations.add(where + ": " + violation);
        }
    }

    int checked() {
        return checked;
    }

    int aboutAFile() {
        return aboutAFile;
    }

    List<String> violations() {
        return violations;
    }
}
