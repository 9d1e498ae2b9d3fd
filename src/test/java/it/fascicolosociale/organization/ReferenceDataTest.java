package it.fascicolosociale.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.IntegrationTest;

/** The reference organization in the migrations, and the codes the code relies on, agree. */
@IntegrationTest
class ReferenceDataTest {

    @Autowired
    SocialDistrictRepository socialDistricts;

    @Autowired
    HealthAuthorityRepository healthAuthorities;

    @Autowired
    HealthDistrictRepository healthDistricts;

    @Autowired
    ManagingBodyRepository managingBodies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsTheSocialDistrictTheUlssAndItsDistrict() {
        assertThat(socialDistricts.findByCode("VEN_15")).hasValueSatisfying(district ->
                assertThat(district.getName()).isEqualTo("Ambito Territoriale Sociale VEN_15 Alta Padovana"));
        HealthAuthority ulss = healthAuthorities.findByCode("ULSS6").orElseThrow();
        assertThat(ulss.getName()).isEqualTo("Azienda ULSS 6 Euganea");
        assertThat(healthDistricts.findByHealthAuthorityId(ulss.getId()))
                .extracting(HealthDistrict::getName).containsExactly("Distretto 4 Alta Padovana");
    }

    @Test
    void hasAManagingBodyForTheAtsTheUlssAndEachComune() {
        assertThat(managingBodies.findAll())
                .filteredOn(body -> body.getKind() == ManagingBodyKind.MUNICIPALITY).hasSize(28);
        assertThat(managingBodies.findAll()).extracting(ManagingBody::getCode).contains("ats-ven15", "ulss6", "comune-028019");
    }

    @Test
    void userAreasInTheDatabaseAreTheOnesTheCodeKnows() {
        assertThat(jdbc.sql("select code || ' ' || istat_code from user_area").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(UserArea.values())
                        .map(area -> area.code() + " " + area.istatCode()).toList());
    }

    @Test
    void rolesInTheDatabaseAreTheOnesTheCodeKnows() {
        assertThat(jdbc.sql("select code from role").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::code).toList());
    }
}
