package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Random;

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

    /**
     * A thousand seeded trials, each with its own secret and instant: the code is accepted once; presented again at
     * any moment of its 90-second window, or after a later code, it is refused; codes two steps away never match.
     */
    @Test
    void neverAcceptsACodeTwiceNorOneOutsideTheWindowInAThousandTrials() {
        Random random = new Random(20_261_127L);
        int firstUses = 0;
        int reuses = 0;
        int outsideTheWindow = 0;
        for (int trial = 0; trial < 1_000; trial++) {
            byte[] secret = new byte[20];
            random.nextBytes(secret);
            Instant typedAt = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000));
            String code = Totp.code(secret, typedAt.plusSeconds(30L * (random.nextInt(3) - 1)));

            OptionalLong used = Totp.unusedStep(secret, code, typedAt, OptionalLong.empty());
            firstUses += used.isPresent() ? 1 : 0;
            Instant replayedAt = typedAt.plusSeconds(random.nextInt(60) - 30);
            reuses += Totp.unusedStep(secret, code, replayedAt, used).isPresent() ? 1 : 0;
            reuses += Totp.unusedStep(secret, code, typedAt, OptionalLong.of(used.orElseThrow() + 1)).isPresent() ? 1 : 0;
            String farCode = Totp.code(secret, Totp.step(typedAt) + (random.nextBoolean() ? 2 : -2), Totp.DIGITS);
            outsideTheWindow += Totp.matches(secret, farCode, typedAt) && !farCode.equals(code) ? 1 : 0;
        }

        assertThat(firstUses).isEqualTo(1_000);
        assertThat(reuses).isZero();
        assertThat(outsideTheWindow).isZero();
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
