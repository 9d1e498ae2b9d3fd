package it.fascicolosociale.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.audit.AccessEvent.Action;
import it.fascicolosociale.audit.AccessEvent.Outcome;

/** Format 1 keeps the hashes of the rows written with it; format 2 tells apart what format 1 read alike. */
class HashFormatTest {

    private static final Instant AT = Instant.parse("2026-11-27T09:15:30.123456Z");

    @Test
    void formatOneIsTheFieldsJoinedWithABarAndAMissingValueAsTheEmptyText() throws Exception {
        AccessEvent event = event("segretariato-028019", null);
        String joined = AccessLog.GENESIS + "|2026-11-27T09:15:30.123456Z|laura.bianchi|segretariato-028019||7||||READ|CASE_TEAM|ALLOWED";

        assertThat(HashFormat.V1.hash(AccessLog.GENESIS, AT, event)).isEqualTo(sha256(joined));
    }

    @Test
    void formatOneReadsAMissingValueAndTheEmptyTextAlikeAndFormatTwoDoesNot() {
        assertThat(HashFormat.V1.hash(AccessLog.GENESIS, AT, event(null, null)))
                .isEqualTo(HashFormat.V1.hash(AccessLog.GENESIS, AT, event("", null)));
        assertThat(HashFormat.V2.hash(AccessLog.GENESIS, AT, event(null, null)))
                .isNotEqualTo(HashFormat.V2.hash(AccessLog.GENESIS, AT, event("", null)));
    }

    @Test
    void formatOneLetsTextHoldingABarMoveAcrossABoundaryAndFormatTwoDoesNot() {
        AccessEvent original = event("segretariato|028019", "social-worker");
        AccessEvent moved = event("segretariato", "028019|social-worker");

        assertThat(HashFormat.V1.hash(AccessLog.GENESIS, AT, moved)).isEqualTo(HashFormat.V1.hash(AccessLog.GENESIS, AT, original));
        assertThat(HashFormat.V2.hash(AccessLog.GENESIS, AT, moved)).isNotEqualTo(HashFormat.V2.hash(AccessLog.GENESIS, AT, original));
    }

    @Test
    void formatTwoTellsApartTextMovedAcrossABoundaryWithTheConcatenationKept() {
        assertThat(HashFormat.V2.hash(AccessLog.GENESIS, AT, event("segretariato-028", "019social-worker")))
                .isNotEqualTo(HashFormat.V2.hash(AccessLog.GENESIS, AT, event("segretariato-028019", "social-worker")));
    }

    @Test
    void formatTwoWritesEachFieldWithItsLengthInBytesAndAMissingValueAsADash() {
        String input = new String(HashFormat.V2.input("ab", AT, event("unità", null)), StandardCharsets.UTF_8);

        assertThat(input).isEqualTo("v2;2:ab27:2026-11-27T09:15:30.123456Z13:laura.bianchi6:unità-1:7---4:READ9:CASE_TEAM7:ALLOWED");
    }

    @Test
    void readsTheFormatARowNames() {
        assertThat(HashFormat.of(1)).isEqualTo(HashFormat.V1);
        assertThat(HashFormat.of(2)).isEqualTo(HashFormat.V2);
        assertThat(HashFormat.CURRENT.version()).isEqualTo(2);
    }

    private static AccessEvent event(String unitCode, String roleCode) {
        return new AccessEvent("laura.bianchi", unitCode, roleCode, 7L, null, null, null, Action.READ, "CASE_TEAM", Outcome.ALLOWED);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
