package it.fascicolosociale.workflow.benefits;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import it.fascicolosociale.benefits.BenefitApprovalRule;
import it.fascicolosociale.benefits.BenefitApprovalRules;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.workflow.RoutingExpressions;

/**
 * The {@code benefitApprovals} bean of BPMN expressions: the approval task goes to the role the ente's rule
 * names, at the unit in charge of the comune and area, e.g.
 * {@code camunda:candidateGroups="${benefitApprovals.approverGroup(comune, area)}"}. A coordinator changes the
 * approver in the rule table, never in Java. Days are the engine's, as for {@code routing}.
 */
@Component("benefitApprovals")
public class BenefitApprovals {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final BenefitApprovalRules rules;
    private final RoutingExpressions routing;

    BenefitApprovals(BenefitApprovalRules rules, RoutingExpressions routing) {
        this.rules = rules;
        this.routing = routing;
    }

    /** The candidate group {@code role@unit} of the approver of a benefit of the comune and user area today. */
    public String approverGroup(String comune, String area) {
        return routing.group(ruleToday(comune, area).getApproverRole().code(), comune, area);
    }

    BenefitApprovalRule ruleToday(String comune, String area) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ROME).toLocalDate();
        return rules.ruleFor(new IstatCode(comune), UserArea.fromCode(area), today);
    }
}
