package it.fascicolosociale.organization;

import java.util.regex.Pattern;

import it.fascicolosociale.platform.RuleViolation;

/** The six-digit ISTAT code of a comune (three for the province, three for the comune). */
public record IstatCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}");

    public IstatCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("error.istat-code.format", "ISTAT code must be six digits: " + value, value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
