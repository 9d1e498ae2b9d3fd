package it.fascicolosociale.organization;

import java.util.regex.Pattern;

import it.fascicolosociale.platform.RuleViolation;

/**
 * The cadastral (Belfiore) code of a comune, a letter and three digits: the place of birth inside a
 * codice fiscale.
 */
public record CadastralCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]\\d{3}");

    public CadastralCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("error.cadastral-code.format",
                    "cadastral code must be a capital letter and three digits: " + value, value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
