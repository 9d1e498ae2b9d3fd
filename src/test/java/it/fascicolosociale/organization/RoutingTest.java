package it.fascicolosociale.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/** Every branch of routing, on the demo delegation table (in force from 1 January 2026). */
@IntegrationTest
@Transactional
class RoutingTest {

    private static final IstatCode CAMPOSAMPIERO = new IstatCode("028019");
    private static final IstatCode CITTADELLA = new IstatCode("028032");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    Routing routing;

    @Autowired
    Units units;

    @Autowired
    Municipalities municipalities;

    @Autowired
    DelegationChanges delegationChanges;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void routesAnAreaDelegatedToTheUlssToTheUlssUnit() {
        assertThat(routing.candidateGroup(Role.COORDINATOR, CAMPOSAMPIERO, UserArea.ELDERLY, DAY).id())
                .isEqualTo("coordinator@anziani-d4");
    }

    @Test
    void routesAnAreaDelegatedToTheAtsToTheAtsUnitOfThatArea() {
        assertThat(routing.candidateGroup(Role.SOCIAL_WORKER, CAMPOSAMPIERO, UserArea.DISABILITY, DAY).id())
                .isEqualTo("social-worker@ssp-disabili");
    }

    @Test
    void routesAnAreaAComuneKeepsToTheComunesOwnService() {
        assertThat(routing.candidateGroup(Role.SOCIAL_WORKER, CITTADELLA, UserArea.POVERTY_ADULTS, DAY).id())
                .isEqualTo("social-worker@servizi-sociali-028032");
        assertThat(routing.candidateGroup(Role.SOCIAL_WORKER, CAMPOSAMPIERO, UserArea.POVERTY_ADULTS, DAY).id())
                .isEqualTo("social-worker@ssp-poverta");
    }

    @Test
    void refusesAnUnknownComuneNamingIt() {
        assertThatThrownBy(() -> routing.candidateGroup(Role.COORDINATOR, new IstatCode("028999"), UserArea.ELDERLY, DAY))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessageContaining("comune")
                .hasMessageContaining("028999");
    }

    @Test
    void explainsARefusalInItalian() {
        NoRouteException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(NoRouteException.class,
                () -> routing.candidateGroup(Role.COORDINATOR, CAMPOSAMPIERO, UserArea.ELDERLY, LocalDate.of(2025, 12, 31)));

        assertThat(messages.getMessage(refusal.messageCode(), refusal.arguments(), java.util.Locale.ITALIAN))
                .isEqualTo("Nessuna delega in vigore per il comune Camposampiero, area Anziani, alla data 31/12/2025.");
    }

    @Test
    void refusesADayWithoutADelegationInForce() {
        assertThatThrownBy(() -> routing.candidateGroup(Role.COORDINATOR, CAMPOSAMPIERO, UserArea.ELDERLY,
                LocalDate.of(2025, 12, 31)))
                .isInstanceOf(NoRouteException.class)
                .hasMessageContaining("No delegation for comune 028019 and area elderly on 2025-12-31");
    }

    @Test
    void refusesToRouteToAnInactiveUnit() {
        OrganizationalUnit unit = units.get("ssp-disabili");
        units.describe(unit.getId(), unit.getVersion(), new UnitProfile(unit.getName(), unit.getManagingBodyId(),
                unit.getFunction(), unit.getUserArea(), unit.getCoveredMunicipalityIds(), false));

        assertThatThrownBy(() -> routing.candidateGroup(Role.COORDINATOR, CAMPOSAMPIERO, UserArea.DISABILITY, DAY))
                .isInstanceOf(NoRouteException.class)
                .hasMessageContaining("ssp-disabili")
                .hasMessageContaining("not active");
    }

    @Test
    void routesComuneWorkToTheOneUnitOfThatFunctionCoveringTheComune() {
        assertThat(routing.candidateGroup(Role.SOCIAL_WORKER, CAMPOSAMPIERO, UnitFunction.FRONT_OFFICE).id())
                .isEqualTo("social-worker@segretariato-028019");
        assertThat(routing.candidateGroup(Role.ULSS_OPERATOR, CITTADELLA, UnitFunction.UVMD).id())
                .isEqualTo("ulss-operator@uvmd-d4");
    }

    @Test
    void refusesComuneWorkWhenNoUnitOfThatFunctionCoversTheComune() {
        assertThatThrownBy(() -> routing.candidateGroup(Role.ADMINISTRATIVE, CAMPOSAMPIERO, UnitFunction.ADMINISTRATION))
                .isInstanceOf(NoRouteException.class)
                .hasMessageContaining("0 active units of function administration cover comune 028019");
    }

    @Test
    void refusesComuneWorkWhenSeveralUnitsOfThatFunctionCoverTheComune() {
        Municipality camposampiero = municipalities.get(CAMPOSAMPIERO);
        units.register("sportello-bis", new UnitProfile("Secondo sportello", units.get("segretariato-028019").getManagingBodyId(),
                UnitFunction.FRONT_OFFICE, null, Set.of(camposampiero.getId()), true));

        assertThatThrownBy(() -> routing.candidateGroup(Role.SOCIAL_WORKER, CAMPOSAMPIERO, UnitFunction.FRONT_OFFICE))
                .isInstanceOf(NoRouteException.class)
                .hasMessageContaining("2 active units")
                .hasMessageContaining("segretariato-028019")
                .hasMessageContaining("sportello-bis");
    }

    @Test
    void followsTheDelegationInForceOnTheDay() {
        delegationChanges.camposampieroMovesElderlyToTheAtsIn2027();

        assertThat(routing.candidateGroup(Role.COORDINATOR, CAMPOSAMPIERO, UserArea.ELDERLY, LocalDate.of(2026, 12, 31)).id())
                .isEqualTo("coordinator@anziani-d4");
        assertThat(routing.candidateGroup(Role.COORDINATOR, CAMPOSAMPIERO, UserArea.ELDERLY, LocalDate.of(2027, 1, 1)).id())
                .isEqualTo("coordinator@ssp-anziani");
    }
}
