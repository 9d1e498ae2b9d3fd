package it.fascicolosociale.casefile.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A request of emergency access as typed: the exact codice fiscale searched, a reason of the list, the explanation. */
record EmergencyAccessForm(
        @NotBlank(message = "{validation.emergency-access.codice-fiscale}")
        @Pattern(regexp = "[A-Za-z0-9]{16}", message = "{validation.emergency-access.codice-fiscale}") String codiceFiscale,
        @NotBlank(message = "{error.emergency-access.reason-required}") String reason,
        @NotBlank(message = "{error.emergency-access.explanation-required}")
        @Size(max = 2000, message = "{error.emergency-access.explanation-too-long}") String explanation) {

    static EmergencyAccessForm of(String codiceFiscale) {
        return new EmergencyAccessForm(codiceFiscale, "", "");
    }
}
