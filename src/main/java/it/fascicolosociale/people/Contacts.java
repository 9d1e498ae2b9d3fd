package it.fascicolosociale.people;

import java.util.regex.Pattern;

import it.fascicolosociale.platform.RuleViolation;

/** How to reach a person; both are optional. */
public record Contacts(String phone, String email) {

    public static final Contacts NONE = new Contacts(null, null);

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./-]{4,28}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int EMAIL_MAX = 200;

    public Contacts {
        phone = PersonDetails.optionalText(phone, 30, "error.person.phone-format");
        email = PersonDetails.optionalText(email, EMAIL_MAX, "error.person.email-format");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new RuleViolation("error.person.phone-format", "phone number with unexpected characters");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation("error.person.email-format", "e-mail address without the form name@domain");
        }
    }
}
