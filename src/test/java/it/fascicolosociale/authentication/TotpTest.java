package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP against the test vectors of RFC 6238 appendix B (SHA1) and RFC 4226 appendix D, and base32 of RFC 4648. */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void givesTheCodesOfRfc6238(long epochSeconds, String expected) {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(epochSeconds)), 8)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
            "7, 162583", "8, 399871", "9, 520489"})
    void givesTheHotpValuesOfRfc4226(long counter, String expected) {
        assertThat(Totp.code(RFC_SECRET, counter, 6)).isEqualTo(expected);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNoOther() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now), now)).isTrue();
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(30)), now)).isTrue();
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.plusSeconds(30)), now)).isTrue();
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(60)), now)).isFalse();
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.plusSeconds(90)), now)).isFalse();
        assertThat(Totp.matches(RFC_SECRET, "", now)).isFalse();
        assertThat(Totp.matches(RFC_SECRET, "abcdef", now)).isFalse();
        assertThat(Totp.matches(RFC_SECRET, null, now)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesBase32AsRfc4648WithoutPadding(String text, String base32) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
        assertThat(Base32.decode(base32.toLowerCase() + "==")).isEqualTo(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void decodesTheRfcSecretAsAnAppShowsIt() {
        assertThat(Base32.decode("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).isEqualTo(RFC_SECRET);
    }
}
