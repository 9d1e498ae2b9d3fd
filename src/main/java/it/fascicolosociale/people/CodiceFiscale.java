package it.fascicolosociale.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Pattern;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.people.InvalidCodiceFiscaleException.Reason;

/**
 * The codice fiscale of a natural person (DPR 605/1973; layout of DM 23 dicembre 1976): three letters
 * for the last name, three for the first name, the last two digits of the birth year, a letter for the
 * month, the day of birth (plus 40 for women), the cadastral (Belfiore) code of the place of birth and a
 * check character.
 * <p>
 * When two people would get the same code (omocodia), the Agenzia delle Entrate replaces digits with
 * the letters L M N P Q R S T U V (for 0 to 9); the check character is then computed on the code as
 * written, letters included. This type accepts a letter in any digit position, not only from the right.
 */
public record CodiceFiscale(String value) {

    private static final Pattern FORMAT =
            Pattern.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    private static final String OMOCODIA_LETTERS = "LMNPQRSTUV";
    private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    private static final String MONTH_LETTERS = "ABCDEHLMPRST";
    private static final int[] ODD_POSITION_VALUES =
            {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final int FEMALE_DAY_OFFSET = 40;

    /** Accepts the code with surrounding blanks and in any case; keeps it stripped and in capitals. */
    public CodiceFiscale {
        value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidCodiceFiscaleException(Reason.FORMAT);
        }
        if (value.charAt(15) != checkCharacter(value)) {
            throw new InvalidCodiceFiscaleException(Reason.CHECK_CHARACTER);
        }
        requirePossibleBirthDate(value);
    }

    public Sex sex() {
        return number(value, 9) > FEMALE_DAY_OFFSET ? Sex.F : Sex.M;
    }

    public int birthDayOfMonth() {
        return number(value, 9) % FEMALE_DAY_OFFSET;
    }

    public Month birthMonth() {
        return Month.of(MONTH_LETTERS.indexOf(value.charAt(8)) + 1);
    }

    /** The last two digits of the birth year: the code does not say the century. */
    public int birthYearOfCentury() {
        return number(value, 6);
    }

    /**
     * The birth date, taking the century from today: the latest date with the code's day, month and
     * two-digit year that is not after today. With today 1 March 2026, year 26 is 2026 for a birth in
     * January and 1926 for one in December, year 27 is 1927. People aged one hundred or more get a date
     * a century late, which is why a person's own birth date is the record and the code is only checked
     * against it ({@link #isBornOn}).
     */
    public LocalDate birthDate(LocalDate today) {
        int century = today.getYear() / 100 * 100;
        LocalDate date = dateIn(century + birthYearOfCentury());
        if (date == null || date.isAfter(today)) {
            date = dateIn(century - 100 + birthYearOfCentury());
        }
        if (date == null) {
            throw new InvalidCodiceFiscaleException(Reason.BIRTH_DATE);
        }
        return date;
    }

    /** Whether the code fits a person born on that day: same day, month and last two digits of the year. */
    public boolean isBornOn(LocalDate birthDate) {
        return birthDate.getDayOfMonth() == birthDayOfMonth() && birthDate.getMonth() == birthMonth()
                && birthDate.getYear() % 100 == birthYearOfCentury();
    }

    /** The cadastral code of the place of birth, with any omocodia letters turned back into digits. */
    public CadastralCode placeCode() {
        return new CadastralCode(value.charAt(11) + String.format("%03d", number(value, 12) * 10 + digit(value, 14)));
    }

    /** Whether some digits were replaced by letters because another person had the same code. */
    public boolean isOmocodic() {
        for (int position : DIGIT_POSITIONS) {
            if (Character.isLetter(value.charAt(position))) {
                return true;
            }
        }
        return false;
    }

    /** Shows only the first and last characters, so that a code written to a log does not name anyone. */
    @Override
    public String toString() {
        return "CodiceFiscale[" + value.charAt(0) + "..." + value.charAt(15) + "]";
    }

    private LocalDate dateIn(int year) {
        try {
            return LocalDate.of(year, birthMonth(), birthDayOfMonth());
        } catch (DateTimeException noSuchDay) {
            return null;
        }
    }

    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD_POSITION_VALUES[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    private static void requirePossibleBirthDate(String code) {
        int month = MONTH_LETTERS.indexOf(code.charAt(8)) + 1;
        int day = number(code, 9);
        if (day > FEMALE_DAY_OFFSET) {
            day -= FEMALE_DAY_OFFSET;
        }
        // Year 00 may be 1900 or 2000 and 2000 was a leap year, so every year divisible by 4 allows 29 February.
        boolean leapYearPossible = number(code, 6) % 4 == 0;
        if (month == 0 || day < 1 || day > Month.of(month).length(leapYearPossible)) {
            throw new InvalidCodiceFiscaleException(Reason.BIRTH_DATE);
        }
    }

    /** The two-digit number starting at a position, omocodia letters read as digits. */
    private static int number(String code, int position) {
        return digit(code, position) * 10 + digit(code, position + 1);
    }

    private static int digit(String code, int position) {
        char c = code.charAt(position);
        return Character.isDigit(c) ? c - '0' : OMOCODIA_LETTERS.indexOf(c);
    }
}
