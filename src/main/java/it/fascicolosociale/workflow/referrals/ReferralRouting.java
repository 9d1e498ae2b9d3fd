package it.fascicolosociale.workflow.referrals;

import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.CandidateGroup;
import it.fascicolosociale.organization.OrganizationalUnit;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The {@code referralRouting} bean of BPMN expressions: the group of a role at the unit a referral was sent to,
 * e.g. {@code ${referralRouting.unitGroup('coordinator', referralTarget)}} gives {@code coordinator@serd-d4}.
 * The unit was chosen through the routing of the organization when the referral was asked; here it must still
 * be active.
 */
@Component("referralRouting")
public class ReferralRouting {

    private final Units units;

    ReferralRouting(Units units) {
        this.units = units;
    }

    public String unitGroup(String role, String unitCode) {
        OrganizationalUnit unit = units.get(unitCode);
        if (!unit.isActive()) {
            throw new RuleViolation("error.referral.inactive-unit", "target unit " + unitCode + " is not active", unitCode);
        }
        return new CandidateGroup(Role.fromCode(role), unit.getCode()).id();
    }
}
