package it.fascicolosociale.people;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.platform.RuleViolation;

/**
 * What an operator records about a person. A person without a codice fiscale needs the reason; the
 * place of birth (a comune or a foreign state) and the residence may be unknown. Citizenship is the
 * ISO 3166-1 alpha-2 code of the state (IT for Italians), or null when not known.
 */
public record PersonDetails(String firstName, String lastName, Sex sex, LocalDate birthDate, CadastralCode birthPlace,
                            String citizenship, CodiceFiscale codiceFiscale,
                            MissingFiscalCodeReason missingFiscalCodeReason, Residence residence, Contacts contacts) {

    private static final int NAME_MAX = 100;
    private static final Pattern ISO_COUNTRY = Pattern.compile("[A-Z]{2}");

    public PersonDetails {
        firstName = requiredText(firstName, "error.person.first-name-required", "error.person.first-name-too-long");
        lastName = requiredText(lastName, "error.person.last-name-required", "error.person.last-name-too-long");
        if (sex == null) {
            throw new RuleViolation("error.person.sex-required", "a person needs a sex");
        }
        if (birthDate == null) {
            throw new RuleViolation("error.person.birth-date-required", "a person needs a birth date");
        }
        citizenship = optionalText(citizenship, 2, "error.person.citizenship-format");
        if (citizenship != null) {
            citizenship = citizenship.toUpperCase(Locale.ROOT);
            if (!ISO_COUNTRY.matcher(citizenship).matches()) {
                throw new RuleViolation("error.person.citizenship-format", "citizenship not an ISO 3166 alpha-2 code");
            }
        }
        if (codiceFiscale == null && missingFiscalCodeReason == null) {
            throw new RuleViolation("error.person.cf-reason-required", "no codice fiscale and no reason why");
        }
        if (codiceFiscale != null && missingFiscalCodeReason != null) {
            throw new RuleViolation("error.person.cf-reason-not-needed", "codice fiscale and reason for its absence");
        }
        contacts = contacts == null ? Contacts.NONE : contacts;
    }

    /** A blank text counts as none; a longer one than the column holds is refused with the given code. */
    static String optionalText(String text, int max, String tooLongCode) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new RuleViolation(tooLongCode, "text longer than " + max + " characters", max);
        }
        return stripped;
    }

    private static String requiredText(String text, String missingCode, String tooLongCode) {
        String stripped = optionalText(text, NAME_MAX, tooLongCode);
        if (stripped == null) {
            throw new RuleViolation(missingCode, "a required name is blank");
        }
        return stripped;
    }
}
