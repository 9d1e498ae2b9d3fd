package it.fascicolosociale.people;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/**
 * What a person allows a service to receive (the purpose of a consent). A wider scope covers the narrower one:
 * whoever may see the social file may also receive a referral.
 */
public enum ConsentScope implements Coded {
    /** A referral to the service, with the information it needs to answer and to work with the person. */
    REFERRAL("referral"),
    /** Sharing the social file with the service: the referral and later access to the case by that service. */
    SHARE_SOCIAL_FILE("share-social-file");

    private final String code;

    ConsentScope(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether a consent given for this scope also allows {@code needed}. */
    public boolean covers(ConsentScope needed) {
        return this == needed || this == SHARE_SOCIAL_FILE;
    }

    public static ConsentScope fromCode(String code) {
        return Coded.fromCode(ConsentScope.class, code,
                unknown -> new RuleViolation("error.consent.unknown-scope", "Unknown consent scope " + unknown, unknown));
    }
}
