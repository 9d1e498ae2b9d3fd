package it.fascicolosociale.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.people.InvalidCodiceFiscaleException.Reason;

/**
 * Codici fiscali of synthetic people ("Test Uno", "Prova Due"...), computed for these tests and checked
 * against an independent implementation; none belongs to a real person.
 */
class CodiceFiscaleTest {

    /** Test Uno, male, born 12 March 1985 in Camposampiero (B563). */
    private static final String TEST_UNO = "NUOTST85C12B563H";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void readsSexBirthDateAndPlaceOfAValidCode() {
        CodiceFiscale code = new CodiceFiscale(TEST_UNO);

        assertThat(code.sex()).isEqualTo(Sex.M);
        assertThat(code.birthDayOfMonth()).isEqualTo(12);
        assertThat(code.birthMonth()).isEqualTo(Month.MARCH);
        assertThat(code.birthYearOfCentury()).isEqualTo(85);
        assertThat(code.birthDate(TODAY)).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(code.placeCode()).isEqualTo(new CadastralCode("B563"));
        assertThat(code.isOmocodic()).isFalse();
    }

    @Test
    void readsAForeignStateAsPlaceOfBirth() {
        assertThat(new CodiceFiscale("TRESMP78T31Z404U").placeCode()).isEqualTo(new CadastralCode("Z404"));
    }

    @Test
    void readsAWomanFromHerDayOfBirthPlusForty() {
        CodiceFiscale provaDue = new CodiceFiscale("DUEPRV92L44C743U");

        assertThat(provaDue.sex()).isEqualTo(Sex.F);
        assertThat(provaDue.birthDayOfMonth()).isEqualTo(4);
        assertThat(provaDue.birthMonth()).isEqualTo(Month.JULY);
        assertThat(new CodiceFiscale("NUOTST85C52B563L").birthDayOfMonth()).isEqualTo(12);
        assertThat(new CodiceFiscale("NUOTST85C52B563L").sex()).isEqualTo(Sex.F);
    }

    @Test
    void normalisesLowerCaseAndSurroundingBlanks() {
        assertThat(new CodiceFiscale("  nuotst85c12b563h \t")).isEqualTo(new CodiceFiscale(TEST_UNO));
        assertThat(new CodiceFiscale(" nuotst85c12b563h ").value()).isEqualTo(TEST_UNO);
    }

    @Test
    void acceptsAnOmocodicCodeWithItsRecomputedCheckCharacter() {
        CodiceFiscale lastDigitReplaced = new CodiceFiscale("NUOTST85C12B56PD");

        assertThat(lastDigitReplaced.isOmocodic()).isTrue();
        assertThat(lastDigitReplaced.placeCode()).isEqualTo(new CadastralCode("B563"));
        assertThat(lastDigitReplaced.birthDate(TODAY)).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @Test
    void readsACodeWithEveryDigitReplaced() {
        CodiceFiscale allReplaced = new CodiceFiscale("NUOTSTURCMNBRSPT");

        assertThat(allReplaced.isOmocodic()).isTrue();
        assertThat(allReplaced.birthDate(TODAY)).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(allReplaced.sex()).isEqualTo(Sex.M);
        assertThat(allReplaced.placeCode()).isEqualTo(new CadastralCode("B563"));
    }

    @Test
    void refusesAnOmocodicCodeThatKeptTheOriginalCheckCharacter() {
        assertRefused("NUOTST85C12B56PH", Reason.CHECK_CHARACTER);
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertRefused("NUOTST85C12B563A", Reason.CHECK_CHARACTER);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "NUOTST85C12B563", "NUOTST85C12B563HX", "NUOTST85C12B56OH", "1UOTST85C12B563H",
            "NUOTST85C12B563-", "NUOTST85C12 B563H"})
    void refusesTextsWithoutTheShapeOfACode(String text) {
        assertRefused(text, Reason.FORMAT);
    }

    @Test
    void refusesAMonthLetterThatNamesNoMonth() {
        assertRefused("NUOTST85F12B563P", Reason.BIRTH_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NUOTST85C00B563C", "NUOTST85C32B563J", "NUOTST85C40B563G", "NUOTST85C72B563N"})
    void refusesADayOutsideOneToThirtyOneAndFortyOneToSeventyOne(String code) {
        assertRefused(code, Reason.BIRTH_DATE);
    }

    @Test
    void refusesThirtiethOfFebruary() {
        assertRefused("NUOTST85B30B563A", Reason.BIRTH_DATE);
    }

    @Test
    void acceptsTwentyNinthOfFebruaryOnlyInAYearDivisibleByFour() {
        assertThat(new CodiceFiscale("STTBZZ96B69B563T").birthDate(TODAY)).isEqualTo(LocalDate.of(1996, 2, 29));
        assertThat(new CodiceFiscale("DCISGG00B69I008T").birthDate(TODAY)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertRefused("NUOTST01B29B563X", Reason.BIRTH_DATE);
    }

    @Test
    void resolvesTheCenturyToTheLatestBirthDateNotAfterToday() {
        assertThat(new CodiceFiscale("CNQCPN10E01L900G").birthDate(TODAY)).isEqualTo(LocalDate.of(2010, 5, 1));
        assertThat(new CodiceFiscale("SEIMLL30R55A012Y").birthDate(TODAY)).isEqualTo(LocalDate.of(1930, 10, 15));
        assertThat(new CodiceFiscale("TTOSGG00A01I008J").birthDate(TODAY)).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(new CodiceFiscale("TTOSGG00A01I008J").birthDate(LocalDate.of(1999, 12, 31)))
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void resolvesThisYearsTwoDigitsToThisYearOnlyForABirthNotAfterToday() {
        assertThat(new CodiceFiscale("NVOPRV26A15B563T").birthDate(TODAY)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(new CodiceFiscale("NVOPRV26T15B563G").birthDate(TODAY)).isEqualTo(LocalDate.of(1926, 12, 15));
    }

    @Test
    void fitsABirthDateWhateverTheCentury() {
        CodiceFiscale code = new CodiceFiscale(TEST_UNO);

        assertThat(code.isBornOn(LocalDate.of(1985, 3, 12))).isTrue();
        assertThat(code.isBornOn(LocalDate.of(1885, 3, 12))).isTrue();
        assertThat(code.isBornOn(LocalDate.of(1985, 3, 13))).isFalse();
        assertThat(code.isBornOn(LocalDate.of(1986, 3, 12))).isFalse();
    }

    @Test
    void keepsTheCodeOutOfItsTextForm() {
        assertThat(new CodiceFiscale(TEST_UNO).toString()).doesNotContain("NUOTST85C12B563");
    }

    /** Refused for that reason, without repeating the code in the message that reaches the logs. */
    private static void assertRefused(String text, Reason reason) {
        assertThatThrownBy(() -> new CodiceFiscale(text))
                .isInstanceOfSatisfying(InvalidCodiceFiscaleException.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(reason);
                    if (text != null && !text.isBlank()) {
                        assertThat(refusal.getMessage()).doesNotContain(text.strip());
                    }
                });
    }
}
