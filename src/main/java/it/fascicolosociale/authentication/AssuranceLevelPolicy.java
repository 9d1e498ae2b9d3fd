package it.fascicolosociale.authentication;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The assurance level an OIDC sign-in must reach, read from the ID token's {@code acr} claim. An operator's
 * session opens people's social files, so it must rest on two factors (OWASP ASVS 5.0.0 6.3.3, 6.8.4): by
 * default SPID level 2 or 3 (DPCM 24 ottobre 2014, art. 6: level 1 is a password alone). CIE id signs its
 * OIDC ID tokens with the same three SPID values; the eIDAS levels "low", "substantial" and "high"
 * (Implementing Regulation (EU) 2015/1502), which a European or regional gateway may send, are their equivalents.
 * <p>
 * A token without {@code acr} is refused, since SPID and CIE id always send it and its absence means a
 * provider that does not vouch for the level; an ente whose provider never sends it (and enforces two factors
 * itself) sets {@code fascicolo.security.oidc.acr-required=false}. A value not listed here is always refused.
 */
@Component
class AssuranceLevelPolicy {

    static final String INSUFFICIENT_ASSURANCE = "insufficient_assurance";
    static final String SPID_LEVEL_2 = "https://www.spid.gov.it/SpidL2";

    private static final Map<String, Integer> LEVELS = Map.of(
            "https://www.spid.gov.it/SpidL1", 1, SPID_LEVEL_2, 2, "https://www.spid.gov.it/SpidL3", 3,
            "http://eidas.europa.eu/LoA/low", 1, "http://eidas.europa.eu/LoA/substantial", 2, "http://eidas.europa.eu/LoA/high", 3);

    private final String minimumAcr;
    private final int minimum;
    private final boolean required;

    AssuranceLevelPolicy(@Value("${fascicolo.security.oidc.minimum-acr:" + SPID_LEVEL_2 + "}") String minimum,
                         @Value("${fascicolo.security.oidc.acr-required:true}") boolean required) {
        if (!LEVELS.containsKey(minimum)) {
            throw new IllegalArgumentException("fascicolo.security.oidc.minimum-acr must be one of " + LEVELS.keySet());
        }
        this.minimumAcr = minimum;
        this.minimum = LEVELS.get(minimum);
        this.required = required;
    }

    /** The {@code acr} value of the minimum level, which the authorization request asks the provider for. */
    String minimumAcr() {
        return minimumAcr;
    }

    /** Whether a sign-in whose ID token carries this {@code acr} ({@code null} when absent) may open a session. */
    boolean accepts(String acr) {
        if (acr == null) {
            return !required;
        }
        return LEVELS.getOrDefault(acr, 0) >= minimum;
    }
}
