package it.fascicolosociale.workflow.referrals;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.CandidateGroup;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.Routing;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.BodyCategory;
import it.fascicolosociale.referrals.ExternalBody;
import it.fascicolosociale.referrals.ReferralTarget;
import it.fascicolosociale.workflow.SubmittedForm;

/**
 * The target a referral form names: an external body as described, or a unit the organization's routing finds.
 * A service of the ULSS or the ATS (consultorio, SerD, CSM, eta evolutiva, tutela minori) is the one active unit
 * of that function covering the person's comune; the social service of a comune and area (another comune, say)
 * is the unit the delegation table puts in charge on that day. So forms name services, never unit codes.
 */
@Component
class ReferralTargets {

    private final Routing routing;

    ReferralTargets(Routing routing) {
        this.routing = routing;
    }

    ReferralTarget of(SubmittedForm form, IstatCode comune, LocalDate day) {
        if (ReferralTarget.EXTERNAL.equals(form.text("targetKind"))) {
            return ReferralTarget.external(externalBody(form));
        }
        UnitFunction function = UnitFunction.fromCode(form.text("targetService"));
        CandidateGroup group = function == UnitFunction.SOCIAL_WORK
                ? routing.candidateGroup(Role.COORDINATOR, new IstatCode(form.text("targetComune")),
                        UserArea.fromCode(form.text("targetArea")), day)
                : routing.candidateGroup(Role.COORDINATOR, comune, function);
        return ReferralTarget.unit(group.unitCode());
    }

    ExternalBody externalBody(SubmittedForm form) {
        return new ExternalBody(BodyCategory.fromCode(form.text("externalKind")), form.text("externalName"),
                form.text("externalAddress"));
    }
}
