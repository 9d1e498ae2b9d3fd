package it.fascicolosociale.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.platform.Period;

/** One managing body at a time per comune and area: the service refuses overlaps, and so does the database. */
@IntegrationTest
@Transactional
class DelegationsTest {

    @Autowired
    Delegations delegations;

    @Autowired
    Municipalities municipalities;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesAPeriodOverlappingTheDelegationInForce() {
        Long vigonza = municipalities.get(new IstatCode("028100")).getId();
        OrganizationalUnit ats = units.get("ssp-disabili");

        assertThatThrownBy(() -> delegations.register(new DelegationTerms(vigonza, UserArea.ELDERLY, ats.getManagingBodyId(),
                ats.getId(), new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)))))
                .isInstanceOf(OverlappingDelegationException.class)
                .hasMessageContaining("overlaps the one from 2026-01-01 (open-ended)");
    }

    @Test
    void acceptsTheNextPeriodOnceTheCurrentOneIsClosed() {
        Long vigonza = municipalities.get(new IstatCode("028100")).getId();
        Delegation current = delegations.inForce(vigonza, UserArea.ELDERLY, LocalDate.of(2026, 5, 1)).orElseThrow();
        delegations.revise(current.getId(), current.getVersion(), new DelegationTerms(vigonza, UserArea.ELDERLY,
                current.getManagingBodyId(), current.getUnitId(), new Period(current.getValidFrom(), LocalDate.of(2026, 12, 31))));
        OrganizationalUnit ats = units.get("ssp-disabili");

        delegations.register(new DelegationTerms(vigonza, UserArea.ELDERLY, ats.getManagingBodyId(), ats.getId(),
                Period.from(LocalDate.of(2027, 1, 1))));

        assertThat(delegations.inForce(vigonza, UserArea.ELDERLY, LocalDate.of(2027, 1, 1)))
                .hasValueSatisfying(next -> assertThat(next.getUnitId()).isEqualTo(ats.getId()));
    }

    @Test
    void theDatabaseRefusesOverlapsThatBypassTheService() {
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into delegation (municipality_id, user_area_code, managing_body_id, unit_id, valid_from)
                        select municipality_id, user_area_code, managing_body_id, unit_id, date '2026-06-01'
                        from delegation where user_area_code = 'elderly' limit 1""").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("delegation_no_overlap");
    }
}
