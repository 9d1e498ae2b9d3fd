package it.fascicolosociale.tasks;

import java.time.LocalDate;

/** A person the front office found, to register an accesso for; {@code codiceFiscale} is null when they have none. */
public record PersonFound(Long id, String name, LocalDate birthDate, String comuneName, String codiceFiscale) {
}
