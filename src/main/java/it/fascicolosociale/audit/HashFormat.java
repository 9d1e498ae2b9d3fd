package it.fascicolosociale.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * How a row's hash is computed: SHA-256 over the previous row's hash and every field of the row, in a fixed order.
 * Each row names its format ({@code access_log.hash_version}), so rows written before a new format keep verifying
 * with theirs.
 */
enum HashFormat {

    /**
     * The fields joined with {@code |}, a missing value as the empty text. Ambiguous: a missing value hashes as
     * the empty text, and text holding a {@code |} can move across a field boundary without changing the hash.
     */
    V1 {
        @Override
        byte[] input(String previous, Instant at, AccessEvent event) {
            String[] fields = fields(previous, at, event);
            return String.join("|", Arrays.stream(fields).map(field -> field == null ? "" : field).toList())
                    .getBytes(StandardCharsets.UTF_8);
        }
    },

    /**
     * Each field written as its length in UTF-8 bytes, a colon and its bytes, and a missing value as a lone
     * {@code -}: the input reads back into exactly one row, so two different rows never hash the same input.
     */
    V2 {
        @Override
        byte[] input(String previous, Instant at, AccessEvent event) {
            ByteArrayOutputStream input = new ByteArrayOutputStream(256);
            input.writeBytes("v2;".getBytes(StandardCharsets.US_ASCII));
            for (String field : fields(previous, at, event)) {
                if (field == null) {
                    input.write('-');
                } else {
                    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                    input.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                    input.writeBytes(bytes);
                }
            }
            return input.toByteArray();
        }
    };

    /** The format new rows are written in. */
    static final HashFormat CURRENT = V2;

    abstract byte[] input(String previous, Instant at, AccessEvent event);

    /** The number the row stores in {@code hash_version}. */
    int version() {
        return ordinal() + 1;
    }

    static HashFormat of(int version) {
        if (version < 1 || version > values().length) {
            throw new IllegalArgumentException("no access log hash format " + version);
        }
        return values()[version - 1];
    }

    /** The row's hash, in lower-case hexadecimal. */
    String hash(String previous, Instant at, AccessEvent event) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input(previous, at, event)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }

    private static String[] fields(String previous, Instant at, AccessEvent event) {
        return new String[] {previous, at.toString(), event.operator(), event.unitCode(), event.roleCode(),
                text(event.personId()), text(event.caseId()), event.itemType(), event.itemId(), event.action().name(),
                event.purpose(), event.outcome().name()};
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }
}
