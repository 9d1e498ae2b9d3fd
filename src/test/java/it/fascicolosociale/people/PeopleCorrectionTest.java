package it.fascicolosociale.people;

import static it.fascicolosociale.people.SyntheticPerson.provaDue;
import static it.fascicolosociale.people.SyntheticPerson.testUno;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.platform.StaleEditException;

/** Correcting a person's record: at the version the operator saw, and with the same rules as registering. */
@IntegrationTest
@Transactional
class PeopleCorrectionTest {

    @Autowired
    People people;

    @Test
    void correctsAPersonAtTheVersionTheOperatorSaw() {
        Person person = people.register(testUno().details());
        long seen = versionOf(person);

        people.correct(person.getId(), seen, testUno().reachableAt("+39 333 000 0002", null).details());

        assertThat(people.get(person.getId()).details().contacts())
                .isEqualTo(new Contacts("+39 333 000 0002", null));
        assertThat(versionOf(person)).isEqualTo(seen + 1);
    }

    @Test
    void refusesACorrectionMadeOnAnOlderVersion() {
        Person person = people.register(testUno().details());
        long seen = versionOf(person);
        people.correct(person.getId(), seen, testUno().reachableAt("049 000 0003", null).details());

        PersonDetails overwrite = testUno().named("Test", "Sovrascritto").details();
        assertThatThrownBy(() -> people.correct(person.getId(), seen, overwrite))
                .isInstanceOf(StaleEditException.class);
        assertThat(people.get(person.getId()).getLastName()).isEqualTo("Uno");
    }

    @Test
    void refusesACorrectionToTheCodiceFiscaleOfAnotherPerson() {
        people.register(testUno().details());
        Person provaDue = people.register(provaDue().details());

        assertThatThrownBy(() -> people.correct(provaDue.getId(), provaDue.getVersion(), testUno().details()))
                .isInstanceOf(DuplicateCodiceFiscaleException.class);
    }

    private long versionOf(Person person) {
        return people.get(person.getId()).getVersion();
    }
}
