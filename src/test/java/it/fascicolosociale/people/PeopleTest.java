package it.fascicolosociale.people;

import static it.fascicolosociale.people.SyntheticPerson.esempioTre;
import static it.fascicolosociale.people.SyntheticPerson.provaDue;
import static it.fascicolosociale.people.SyntheticPerson.testUno;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.organization.UnknownCodeException;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;

/** Registering and correcting synthetic people on the real schema. */
@IntegrationTest
@Transactional
class PeopleTest {

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private long peopleBefore;

    @BeforeEach
    void countPeople() {
        peopleBefore = personCount();
    }

    @Test
    void registersAPersonWhoseCodiceFiscaleAgreesWithTheirData() {
        Person person = people.register(testUno().details());

        assertThat(people.get(person.getId()).details()).isEqualTo(testUno().details());
        assertThat(people.findByCodiceFiscale(new CodiceFiscale(" nuotst85c12b563h "))).contains(person);
    }

    @Test
    void registersAPersonBornAbroad() {
        Person person = people.register(esempioTre().details());

        assertThat(person.details().birthPlace()).isEqualTo(new CadastralCode("Z404"));
        assertThat(person.details().citizenship()).isEqualTo("US");
    }

    @Test
    void refusesACodiceFiscaleOfAnotherBirthDate() {
        assertRefusedAndNothingSaved(testUno().bornOn(LocalDate.of(1985, 3, 13)).details(),
                "error.person.cf-birth-date-mismatch");
        assertRefusedAndNothingSaved(testUno().bornOn(LocalDate.of(1986, 3, 12)).details(),
                "error.person.cf-birth-date-mismatch");
    }

    @Test
    void refusesACodiceFiscaleOfTheOtherSex() {
        assertRefusedAndNothingSaved(testUno().ofSex(Sex.F).details(), "error.person.cf-sex-mismatch");
    }

    @Test
    void refusesACodiceFiscaleOfAnotherPlaceOfBirth() {
        assertRefusedAndNothingSaved(testUno().bornIn("C743").details(), "error.person.cf-place-mismatch");
        assertRefusedAndNothingSaved(testUno().bornIn(null).details(), "error.person.cf-place-mismatch");
    }

    @Test
    void refusesACodiceFiscaleNamingAnUnknownPlaceOfBirth() {
        assertRefusedAndNothingSaved(testUno().withCodiceFiscale("NUOTST85C12Z999E").bornIn("Z999").details(),
                "error.person.cf-place-unknown");
    }

    @Test
    void refusesAPlaceOfBirthNobodyKnowsForAPersonWithoutCodiceFiscale() {
        assertRefusedAndNothingSaved(testUno().withoutCodiceFiscale(MissingFiscalCodeReason.NOT_YET_ASSIGNED)
                .bornIn("A000").details(), "error.person.birth-place-unknown");
    }

    @Test
    void refusesASecondPersonWithTheSameCodiceFiscale() {
        Person first = people.register(testUno().details());

        DuplicateCodiceFiscaleException refusal = catchThrowableOfType(DuplicateCodiceFiscaleException.class,
                () -> people.register(testUno().named("Altro", "Nome").details()));

        assertThat(refusal.messageCode()).isEqualTo("error.person.duplicate-cf");
        assertThat(refusal.existingPersonId()).isEqualTo(first.getId());
        assertThat(personCount()).isEqualTo(peopleBefore + 1);
    }

    @Test
    void requiresTheReasonWhenThereIsNoCodiceFiscale() {
        assertThatThrownBy(() -> testUno().withoutCodiceFiscale(null).details())
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageCode()).isEqualTo("error.person.cf-reason-required"));
    }

    @Test
    void registersAPersonWithoutCodiceFiscaleGivenTheReason() {
        Person person = people.register(provaDue().withoutCodiceFiscale(MissingFiscalCodeReason.UNDOCUMENTED_FOREIGNER)
                .bornIn("Z330").citizenOf("ma").details());

        PersonDetails saved = people.get(person.getId()).details();
        assertThat(saved.codiceFiscale()).isNull();
        assertThat(saved.missingFiscalCodeReason()).isEqualTo(MissingFiscalCodeReason.UNDOCUMENTED_FOREIGNER);
        assertThat(saved.citizenship()).isEqualTo("MA");
    }

    @Test
    void refusesAResidenceOutsideTheComuniOfTheDistrict() {
        assertThatThrownBy(() -> people.register(testUno().residentIn("028999").details()))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessageContaining("028999");
        assertThat(personCount()).isEqualTo(peopleBefore);
    }

    @Test
    void refusesABirthDateAfterToday() {
        assertRefusedAndNothingSaved(testUno().withoutCodiceFiscale(MissingFiscalCodeReason.NOT_YET_ASSIGNED)
                .bornOn(LocalDate.now().plusDays(2)).details(), "error.person.birth-date-future");
    }

    @Test
    void answersAnUnknownIdAsNotFoundInItalian() {
        PersonNotFoundException refusal =
                catchThrowableOfType(PersonNotFoundException.class, () -> people.get(123456L));

        assertThat(refusal).isInstanceOf(NotFoundException.class);
        assertThat(messages.getMessage(refusal.messageCode(), refusal.arguments(), Locale.ITALIAN))
                .isEqualTo("La persona cercata (scheda n. 123456) non esiste.");
    }

    @Test
    void explainsAMismatchInItalian() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> people.register(testUno().ofSex(Sex.F).details()));

        assertThat(messages.getMessage(refusal.messageCode(), refusal.arguments(), Locale.ITALIAN))
                .isEqualTo("Il sesso non corrisponde a quello contenuto nel codice fiscale.");
    }

    @Test
    void databaseRefusesACodiceFiscaleRecordedTwice() {
        people.register(testUno().details());

        assertThatThrownBy(() -> insertPerson("NUOTST85C12B563H", null)).hasMessageContaining("person_codice_fiscale");
    }

    @Test
    void databaseRefusesACodiceFiscaleWithAReasonForItsAbsence() {
        assertThatThrownBy(() -> insertPerson("DUEPRV92L44C743U", "NOT_DISCLOSED"))
                .hasMessageContaining("person_codice_fiscale_or_reason");
    }

    private void assertRefusedAndNothingSaved(PersonDetails details, String messageCode) {
        assertThatThrownBy(() -> people.register(details))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageCode()).isEqualTo(messageCode));
        assertThat(personCount()).isEqualTo(peopleBefore);
    }

    private long personCount() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    private void insertPerson(String codiceFiscale, String missingReason) {
        jdbc.sql("""
                        insert into person (codice_fiscale, missing_fiscal_code_reason,
                                            first_name, last_name, birth_date, sex)
                        values (?, ?, 'Prova', 'Diretta', date '1990-01-01', 'M')""")
                .params(codiceFiscale, missingReason).update();
    }
}
