package it.fascicolosociale.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.people.Sex;

class FiscalCodesTest {

    @Test
    void composesTheTextbookCodeOfMarioRossi() {
        assertThat(FiscalCodes.of("Rossi", "Mario", Sex.M, LocalDate.of(1985, 12, 10), new CadastralCode("A562")).value())
                .isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void addsFortyToTheDayOfAWoman() {
        assertThat(FiscalCodes.of("Nota", "Prova", Sex.F, LocalDate.of(1980, 1, 1), new CadastralCode("L900")).value())
                .isEqualTo("NTOPRV80A41L900V");
    }

    @Test
    void takesFirstThirdAndFourthConsonantOfAFirstNameWithFourOrMore() {
        assertThat(FiscalCodes.firstNameLetters("Gianfranco")).isEqualTo("GFR");
        assertThat(FiscalCodes.firstNameLetters("Luca")).isEqualTo("LCU");
        assertThat(FiscalCodes.firstNameLetters("Ia")).isEqualTo("IAX");
    }

    @Test
    void readsLettersOnlyFromNamesWithAccentsApostrophesAndBlanks() {
        assertThat(FiscalCodes.lastNameLetters("Dall'Òglio")).isEqualTo("DLL");
        assertThat(FiscalCodes.lastNameLetters("De Ré")).isEqualTo("DRE");
        assertThat(FiscalCodes.lastNameLetters("Fo")).isEqualTo("FOX");
    }
}
