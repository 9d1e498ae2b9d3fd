package it.fascicolosociale.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.Sex;

/**
 * Composes the codice fiscale of a synthetic person from their data, as the Agenzia delle Entrate does (DM 23
 * dicembre 1976): three letters for the last name, three for the first name, the year, a letter for the month, the
 * day (plus 40 for women), the cadastral code of the place of birth and the check character. The result goes
 * through {@link CodiceFiscale}, so a mistake here would stop the demo instead of storing a wrong code.
 */
final class FiscalCodes {

    private static final String MONTH_LETTERS = "ABCDEHLMPRST";
    private static final String VOWELS = "AEIOU";
    private static final int[] ODD_POSITION_VALUES =
            {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final int FEMALE_DAY_OFFSET = 40;

    private FiscalCodes() {
    }

    static CodiceFiscale of(String lastName, String firstName, Sex sex, LocalDate birthDate, CadastralCode birthPlace) {
        String code = lastNameLetters(lastName) + firstNameLetters(firstName)
                + String.format("%02d", birthDate.getYear() % 100)
                + MONTH_LETTERS.charAt(birthDate.getMonthValue() - 1)
                + String.format("%02d", birthDate.getDayOfMonth() + (sex == Sex.F ? FEMALE_DAY_OFFSET : 0))
                + birthPlace.value();
        return new CodiceFiscale(code + checkCharacter(code));
    }

    /** The consonants in order, then the vowels, then X: the first three. */
    static String lastNameLetters(String lastName) {
        String letters = letters(lastName);
        return (consonants(letters) + vowels(letters) + "XXX").substring(0, 3);
    }

    /** As the last name, except that with four consonants or more the first, third and fourth are taken. */
    static String firstNameLetters(String firstName) {
        String letters = letters(firstName);
        String consonants = consonants(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return (consonants + vowels(letters) + "XXX").substring(0, 3);
    }

    /** The sum of the values of the 15 characters, odd positions (1st, 3rd...) by their own table, modulo 26. */
    static char checkCharacter(String first15) {
        int sum = 0;
        for (int position = 0; position < 15; position++) {
            char c = first15.charAt(position);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += position % 2 == 0 ? ODD_POSITION_VALUES[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    /** Capital letters only: accents dropped, apostrophes and blanks removed. */
    private static String letters(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    private static String consonants(String letters) {
        return letters.chars().filter(c -> VOWELS.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String vowels(String letters) {
        return letters.chars().filter(c -> VOWELS.indexOf(c) >= 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
