package it.fascicolosociale.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import it.fascicolosociale.platform.RuleViolation;

/**
 * What a local password must be (ASVS 6.2): long enough, not the operator's own username or name, and
 * not one of the passwords attackers try first. The list of common passwords ships with the application,
 * so that no password ever leaves the server to be checked against a breach service.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";
    private static final int MIN_NAME_LENGTH = 3;
    private static final int MIN_DISTINCT_CHARACTERS = 5;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load(new ClassPathResource(COMMON_PASSWORDS));
    }

    private static Set<String> load(ClassPathResource resource) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords cannot be read", e);
        }
    }

    int commonPasswords() {
        return common.size();
    }

    /** Refuses the password with the reason as a message code; the password itself is never in the message. */
    void requireAcceptable(String password, String username, OperatorProfile profile) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("error.operator.password-too-short", "password shorter than " + MIN_LENGTH, MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (containsPersonalWord(lower, username, profile)) {
            throw new RuleViolation("error.operator.password-personal", "password contains the username or name");
        }
        if (isCommon(lower) || lower.chars().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            throw new RuleViolation("error.operator.password-common", "password among the common ones");
        }
    }

    /** A common password as it is, or followed by digits and punctuation ("Password2026!"). */
    private boolean isCommon(String lower) {
        String stem = lower.replaceAll("[\\p{Punct}\\d\\s]+$", "");
        return common.contains(lower) || common.contains(stem) || common.contains(lower.replaceAll("[\\p{Punct}\\s]", ""));
    }

    private static boolean containsPersonalWord(String lower, String username, OperatorProfile profile) {
        Stream<String> words = Stream.of(username,
                profile == null ? null : profile.firstName(), profile == null ? null : profile.lastName());
        return words.filter(word -> word != null && word.strip().length() >= MIN_NAME_LENGTH)
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .anyMatch(lower::contains);
    }
}
