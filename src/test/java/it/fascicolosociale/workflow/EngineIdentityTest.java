package it.fascicolosociale.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.fascicolosociale.IntegrationTest;

/** The engine's users and groups are the organization's operators and their role@unit groups. */
@IntegrationTest
class EngineIdentityTest {

    @Autowired
    IdentityService identityService;

    @Test
    void isReadOnly() {
        assertThat(identityService.isReadOnly()).isTrue();
        assertThatThrownBy(() -> identityService.saveUser(identityService.newUser("intruder")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void findsOperatorsAsUsers() {
        User coordinator = identityService.createUserQuery().userId("giorgio.moretti").singleResult();

        assertThat(coordinator.getFirstName()).isEqualTo("Giorgio");
        assertThat(coordinator.getLastName()).isEqualTo("Moretti");
        assertThat(identityService.createUserQuery().userLastNameLike("Mor%").list())
                .extracting(User::getId).containsExactly("giorgio.moretti");
        assertThat(identityService.createUserQuery().userId("nobody").singleResult()).isNull();
    }

    @Test
    void findsTheMembersOfARoutingGroup() {
        assertThat(identityService.createUserQuery().memberOfGroup("social-worker@segretariato-028019").list())
                .extracting(User::getId).containsExactly("laura.bianchi");
        assertThat(identityService.createUserQuery().memberOfGroup("coordinator@ssp-minori").count()).isOne();
    }

    @Test
    void findsTheGroupsOfAnOperator() {
        assertThat(identityService.createGroupQuery().groupMember("marta.greco").orderByGroupId().asc().list())
                .extracting(Group::getId)
                .containsExactly("administrative@ssp-disabili", "administrative@ssp-minori");
        Group group = identityService.createGroupQuery().groupId("ulss-operator@uvmd-d4").singleResult();
        assertThat(group.getName()).isEqualTo("Operatore ULSS - UVMD - Distretto 4");
    }

    @Test
    void pagesAndCountsGroups() {
        long all = identityService.createGroupQuery().count();

        assertThat(all).isGreaterThan(5);
        assertThat(identityService.createGroupQuery().orderByGroupId().asc().listPage(0, 3)).hasSize(3);
        assertThat(identityService.createGroupQuery().orderByGroupId().asc().listPage(3, 100)).hasSize((int) all - 3);
    }

    @Test
    void checksPasswordsAgainstTheOperatorsHash() {
        assertThat(identityService.checkPassword("laura.bianchi", "Fascicolo-Demo-2026")).isTrue();
        assertThat(identityService.checkPassword("laura.bianchi", "wrong-password")).isFalse();
        assertThat(identityService.checkPassword("nobody", "Fascicolo-Demo-2026")).isFalse();
    }
}
