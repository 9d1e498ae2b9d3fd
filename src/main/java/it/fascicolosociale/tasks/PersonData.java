package it.fascicolosociale.tasks;

import java.util.HashMap;
import java.util.Map;

import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Person;

/** What is known of a person, under the keys of the intake start form, to prefill it as form-js does. */
final class PersonData {

    private PersonData() {
    }

    static Map<String, Object> of(Person person) {
        PersonDetails details = person.details();
        Map<String, Object> data = new HashMap<>();
        if (details.codiceFiscale() != null) {
            data.put("codiceFiscale", details.codiceFiscale().value());
        } else {
            data.put("missingFiscalCodeReason", details.missingFiscalCodeReason().name());
        }
        data.put("firstName", details.firstName());
        data.put("lastName", details.lastName());
        data.put("sex", details.sex().name());
        data.put("birthDate", details.birthDate());
        data.put("citizenship", details.citizenship());
        data.put("comune", residence(person));
        data.put("address", details.residence() == null ? null : details.residence().address());
        data.put("phone", details.contacts().phone());
        return data;
    }

    /** The ISTAT code of the comune of residence, or null when not known. */
    static String residence(Person person) {
        return person.details().residence() == null ? null : person.details().residence().municipality().value();
    }
}
