package it.fascicolosociale.workflow.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import it.fascicolosociale.careplans.CarePlan;
import it.fascicolosociale.careplans.Goal;
import it.fascicolosociale.careplans.InterventionKind;
import it.fascicolosociale.careplans.PlanContent;
import it.fascicolosociale.careplans.PlanStatus;
import it.fascicolosociale.platform.Period;
import it.fascicolosociale.workflow.SubmittedForm;
import it.fascicolosociale.workflow.JsonVariable;

/** A PAI as the rows of its form: read from a submission, and written back to prefill a rework or a revision. */
final class PlanRows {

    private PlanRows() {
    }

    @SuppressWarnings("unchecked")
    static PlanContent content(SubmittedForm form) {
        List<Goal> goals = rows(form, "goals").stream()
                .map(row -> new Goal((String) row.get("description"), (String) row.get("indicator"), (LocalDate) row.get("targetDate"), null))
                .toList();
        List<PlanContent.PlannedBenefit> benefits = rows(form, "benefits").stream()
                .map(row -> new PlanContent.PlannedBenefit((String) row.get("itemCode"), (BigDecimal) row.get("quantity"),
                        new Period((LocalDate) row.get("periodFrom"), (LocalDate) row.get("periodTo"))))
                .toList();
        List<PlanContent.PlannedReferral> referrals = rows(form, "referrals").stream()
                .map(row -> new PlanContent.PlannedReferral((String) row.get("target"), (String) row.get("reason")))
                .toList();
        return new PlanContent(form.text("summary"), goals, benefits, referrals, form.text("commitments"));
    }

    /** The latest version's content, and the reason it was sent back if it was. */
    static Map<String, Object> prefill(CarePlan latest) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("summary", latest.getSummary());
        variables.put("commitments", latest.getCommitments());
        variables.put("goals", json(latest.getGoals().stream().map(goal -> row("description", goal.description(),
                "indicator", goal.indicator(), "targetDate", goal.targetDate())).toList()));
        variables.put("benefits", json(latest.interventionsOf(InterventionKind.BENEFIT).stream().map(benefit -> row(
                "itemCode", benefit.getItemCode(), "quantity", benefit.getQuantity(),
                "periodFrom", benefit.getPeriodFrom(), "periodTo", benefit.getPeriodTo())).toList()));
        variables.put("referrals", json(latest.interventionsOf(InterventionKind.REFERRAL).stream().map(referral -> row(
                "target", referral.getReferralTarget(), "reason", referral.getReferralReason())).toList()));
        variables.put("rejectionReason", latest.getStatus() == PlanStatus.REJECTED ? latest.getRejectionReason() : null);
        return variables;
    }

    /** One row per goal of the plan in force, with its state, for the review form. */
    static Object goalStates(CarePlan plan) {
        return json(plan.getGoals().stream().map(goal -> row("goal", goal.description(), "state", goal.state().code())).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(SubmittedForm form, String key) {
        Object value = form.value(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** A row as form-js holds it: dates ISO, numbers plain, empty fields left out. */
    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            Object value = keysAndValues[index + 1];
            if (value instanceof BigDecimal number) {
                value = number.toPlainString();
            } else if (value instanceof LocalDate day) {
                value = day.toString();
            }
            if (value != null) {
                row.put((String) keysAndValues[index], value);
            }
        }
        return row;
    }

    private static Object json(Object value) {
        return JsonVariable.of(value);
    }
}
