package it.fascicolosociale.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.Routing;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.UserArea;

/**
 * The {@code routing} bean of BPMN expressions: user tasks name a role and get their candidate group
 * from the organization, e.g. {@code camunda:candidateGroups="${routing.group('coordinator', comune, area)}"}.
 * Dates are the engine's, so that tests moving the engine clock move the routing with it.
 */
@Component("routing")
public class RoutingExpressions {

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private final Routing routing;

    RoutingExpressions(Routing routing) {
        this.routing = routing;
    }

    /** The group of {@code role} at the unit in charge of the comune and user area today. */
    public String group(String role, String comune, String area) {
        return groupOn(role, comune, area, ClockUtil.getCurrentTime());
    }

    /** The group of {@code role} at the unit in charge of the comune and user area on a given day. */
    public String groupOn(String role, String comune, String area, Date day) {
        LocalDate date = day.toInstant().atZone(ZONE).toLocalDate();
        return routing.candidateGroup(Role.fromCode(role), new IstatCode(comune), UserArea.fromCode(area), date).id();
    }

    /** The group of {@code role} at the one active unit of a function (e.g. front-office) covering the comune. */
    public String unitGroup(String role, String function, String comune) {
        return routing.candidateGroup(Role.fromCode(role), new IstatCode(comune), UnitFunction.fromCode(function)).id();
    }
}
