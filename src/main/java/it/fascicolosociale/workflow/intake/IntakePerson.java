package it.fascicolosociale.workflow.intake;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.Contacts;
import it.fascicolosociale.people.MissingFiscalCodeReason;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Residence;
import it.fascicolosociale.people.Sex;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.SubmittedForm;

/**
 * The person of an accesso: found by codice fiscale when already known, otherwise registered from the
 * start form (the place of birth is the one the codice fiscale encodes). Refusals of the people module go
 * back to the form field they concern.
 */
@Component
class IntakePerson {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("error.codice-fiscale.format", "codiceFiscale"),
            Map.entry("error.codice-fiscale.check-character", "codiceFiscale"),
            Map.entry("error.codice-fiscale.birth-date", "codiceFiscale"),
            Map.entry("error.person.cf-place-unknown", "codiceFiscale"),
            Map.entry("error.person.cf-place-mismatch", "codiceFiscale"),
            Map.entry("error.person.cf-reason-required", "missingFiscalCodeReason"),
            Map.entry("error.person.first-name-required", "firstName"),
            Map.entry("error.person.last-name-required", "lastName"),
            Map.entry("error.person.sex-required", "sex"),
            Map.entry("error.person.birth-date-required", "birthDate"),
            Map.entry("error.person.birth-date-future", "birthDate"),
            Map.entry("error.person.cf-birth-date-mismatch", "birthDate"),
            Map.entry("error.person.cf-sex-mismatch", "sex"),
            Map.entry("error.person.residence-address-too-long", "address"),
            Map.entry("error.person.phone-format", "phone"));

    private final People people;

    IntakePerson(People people) {
        this.people = people;
    }

    Long foundOrRegistered(SubmittedForm form) {
        try {
            Optional<CodiceFiscale> codiceFiscale = Optional.ofNullable(form.text("codiceFiscale")).map(CodiceFiscale::new);
            Optional<Person> known = codiceFiscale.flatMap(people::findByCodiceFiscale);
            if (known.isPresent()) {
                return known.get().getId();
            }
            return people.register(new PersonDetails(form.text("firstName"), form.text("lastName"),
                    form.text("sex") == null ? null : Sex.valueOf(form.text("sex")), (LocalDate) form.value("birthDate"),
                    codiceFiscale.map(CodiceFiscale::placeCode).orElse(null),
                    form.text("citizenship"), codiceFiscale.orElse(null),
                    codiceFiscale.isPresent() || form.text("missingFiscalCodeReason") == null ? null
                            : MissingFiscalCodeReason.valueOf(form.text("missingFiscalCodeReason")),
                    new Residence(new IstatCode(form.text("comune")), form.text("address")),
                    new Contacts(form.text("phone"), null))).getId();
        } catch (RuleViolation violation) {
            throw SubmissionRefusedException.byRule(form.formKey(), FIELDS.get(violation.messageCode()), violation);
        }
    }
}
