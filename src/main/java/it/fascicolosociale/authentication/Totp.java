package it.fascicolosociale.authentication;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) with HMAC-SHA1 and steps of 30 seconds, what
 * every authenticator app speaks. Short enough to own rather than to add a library to the sign-in path.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The time step an instant falls in: seconds since the epoch divided by 30. */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code of an instant, with leading zeros. */
    public static String code(byte[] secret, Instant instant) {
        return code(secret, step(instant), DIGITS);
    }

    /** HOTP (RFC 4226 section 5.3): HMAC-SHA1 of the counter, dynamically truncated to the given digits. */
    public static String code(byte[] secret, long step, int digits) {
        byte[] hash = hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * Whether a typed code is that of the instant's step or of the step before or after it (RFC 6238
     * section 5.2: a phone clock a little off, a code typed as it changes). Compared in constant time.
     */
    public static boolean matches(byte[] secret, String typed, Instant instant) {
        return matchingStep(secret, typed, instant).isPresent();
    }

    /**
     * The step whose code was typed, among the instant's step and the one before and after it; empty when none
     * matches. Every step is compared, in constant time, whichever matches.
     */
    public static OptionalLong matchingStep(byte[] secret, String typed, Instant instant) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = step(instant);
        OptionalLong matched = OptionalLong.empty();
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(), code.getBytes())) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }

    /**
     * The step of a typed code that may still be used: it matches, and it is later than the last step used by the
     * same operator (RFC 6238 section 5.2: a code accepted once is never accepted again, nor one older than it).
     */
    public static OptionalLong unusedStep(byte[] secret, String typed, Instant instant, OptionalLong lastUsed) {
        OptionalLong step = matchingStep(secret, typed, instant);
        if (step.isPresent() && lastUsed.isPresent() && step.getAsLong() <= lastUsed.getAsLong()) {
            return OptionalLong.empty();
        }
        return step;
    }

    private static byte[] hmacSha1(byte[] secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
