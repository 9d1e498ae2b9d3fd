package it.fascicolosociale.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

@IntegrationTest
@Transactional
class FirstAdministratorTest {

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    Operators operators;

    @Autowired
    OperatorDirectory directory;

    @Autowired
    EntityManager entityManager;

    @Test
    void leavesAnInstallationWithAnAdministratorAlone() {
        assertThat(firstAdministrator.createIfNone("second.admin", "a-long-enough-password")).isFalse();
        assertThat(operators.byUsername("second.admin")).isEmpty();
    }

    @Test
    void createsTheFirstAdministratorWhereThereIsNoneAndOnlyOnce() {
        Operator demoAdministrator = operators.byUsername("stefano.costa").orElseThrow();
        operators.update(demoAdministrator.getId(), demoAdministrator.getVersion(),
                new OperatorProfile("Stefano", "Costa", null, true), List.of(), Optional.empty());

        assertThat(firstAdministrator.createIfNone("first.admin", "a-long-enough-password")).isTrue();
        assertThat(firstAdministrator.createIfNone("another.admin", "a-long-enough-password")).isFalse();

        entityManager.flush(); // as the commit would, before reading through plain SQL
        assertThat(directory.checkPassword("first.admin", "a-long-enough-password")).isTrue();
        assertThat(directory.groups(new OperatorDirectory.GroupFilter(null, null, null, "first.admin"), OperatorDirectory.Page.ALL))
                .extracting(OperatorDirectory.WorkGroup::id)
                .containsExactly("system-admin@direzione");
    }
}
