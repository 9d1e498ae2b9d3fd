package it.fascicolosociale.demo;

import java.time.LocalDate;

import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.Sex;

/** A person the demo invents, with a codice fiscale computed from the data and a street of the comune. */
record SyntheticPerson(String firstName, String lastName, Sex sex, LocalDate birthDate, String citizenship,
                       CodiceFiscale codiceFiscale, String address) {
}
