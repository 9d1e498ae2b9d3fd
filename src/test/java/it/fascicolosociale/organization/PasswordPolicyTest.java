package it.fascicolosociale.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.fascicolosociale.platform.RuleViolation;

/** The password policy of local accounts: length, nothing personal, nothing common; no network involved. */
class PasswordPolicyTest {

    private static final OperatorProfile LAURA = new OperatorProfile("Laura", "Bianchi", null, true);

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsAListOfSomeThousandCommonPasswords() {
        assertThat(policy.commonPasswords()).isGreaterThan(3000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fascicolo-Demo-2026", "tavolo verde sette lune", "Nuova-Password-2026", "gatto.Ombrello.9"})
    void acceptsLongUnpredictablePasswords(String password) {
        assertThatCode(() -> policy.requireAcceptable(password, "laura.bianchi", LAURA)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Corta-2026", "abcdefghijk"})
    void refusesPasswordsShorterThanTwelveCharacters(String password) {
        assertRefused(password, "error.operator.password-too-short");
    }

    @ParameterizedTest
    @ValueSource(strings = {"laura.bianchi2026", "LAURA.BIANCHI!!", "Sono-Laura-2026", "famiglia-bianchi-1"})
    void refusesPasswordsContainingTheUsernameOrName(String password) {
        assertRefused(password, "error.operator.password-personal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password2026!", "qwertyuiop12", "123456789012", "Juventus1897!",
            "aaaaaaaaaaaa", "abababababab", "ForzaInter!!2026", "Q.W.E.R.T.Y.U.I.O.P"})
    void refusesCommonPasswordsAndTheirVariantsWithDigitsAndSymbols(String password) {
        assertRefused(password, "error.operator.password-common");
    }

    private void assertRefused(String password, String messageCode) {
        assertThatThrownBy(() -> policy.requireAcceptable(password, "laura.bianchi", LAURA))
                .isInstanceOf(RuleViolation.class)
                .satisfies(refusal -> assertThat(((RuleViolation) refusal).messageCode()).isEqualTo(messageCode))
                .hasMessageNotContaining(password.isEmpty() ? "\u0000" : password);
    }
}
