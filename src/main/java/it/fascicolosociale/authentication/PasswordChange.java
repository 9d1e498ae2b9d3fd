package it.fascicolosociale.authentication;

import jakarta.validation.constraints.NotBlank;

/** The operator's own password change: the current password, the new one, and the new one again. */
record PasswordChange(
        @NotBlank(message = "{validation.profile.current-password-required}") String currentPassword,
        @NotBlank(message = "{validation.profile.new-password-required}") String newPassword,
        String confirmation) {

    static PasswordChange empty() {
        return new PasswordChange("", "", "");
    }

    boolean confirmed() {
        return newPassword != null && newPassword.equals(confirmation);
    }

    /** Never a password, not even in a log line. */
    @Override
    public String toString() {
        return "PasswordChange[]";
    }
}
