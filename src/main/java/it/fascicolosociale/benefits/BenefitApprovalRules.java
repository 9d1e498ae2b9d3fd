package it.fascicolosociale.benefits;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.Delegation;
import it.fascicolosociale.organization.Delegations;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.ItalianDates;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The approval configuration of each ente (veneto.md 4.3): the managing body in charge of a comune and
 * user area (from the delegation table) approves the benefits as its own rule says, or as the default
 * rule says when it has none. No rule at all is a configuration error, never a silent default.
 */
@Service
@Transactional(readOnly = true)
public class BenefitApprovalRules {

    private final BenefitApprovalRuleRepository rules;
    private final Municipalities municipalities;
    private final Delegations delegations;

    BenefitApprovalRules(BenefitApprovalRuleRepository rules, Municipalities municipalities, Delegations delegations) {
        this.rules = rules;
        this.municipalities = municipalities;
        this.delegations = delegations;
    }

    /** The rule in force on a day for the benefits of a comune and user area. */
    public BenefitApprovalRule ruleFor(IstatCode comune, UserArea area, LocalDate day) {
        Long municipalityId = municipalities.get(comune).getId();
        Optional<Long> managingBody = delegations.inForce(municipalityId, area, day).map(Delegation::getManagingBodyId);
        return managingBody.flatMap(body -> rules.findInForce(body, day))
                .or(() -> rules.findDefaultInForce(day))
                .orElseThrow(() -> new RuleViolation("error.benefit.no-approval-rule",
                        "no benefit approval rule for comune " + comune + " and area " + area.code() + " on " + day,
                        ItalianDates.format(day)));
    }
}
