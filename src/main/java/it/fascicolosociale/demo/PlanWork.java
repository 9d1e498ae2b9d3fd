package it.fascicolosociale.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import it.fascicolosociale.referrals.Referrals;

/**
 * What the case manager and the responsabile d'area do with the PAI, and with the referrals it sends, through the
 * forms of the presa in carico and of the referral process.
 */
@Component
@OnDemoData
class PlanWork {

    /** The service each area's PAI most often sends the person to. */
    private static final Map<String, String> REFERRAL_TARGETS = Map.of("family-minors", "consultorio-d4",
            "disability", "csm-d4", "addiction", "serd-d4", "elderly", "csm-d4", "immigrants", "consultorio-d4",
            "poverty-adults", "serd-d4", "multi-user", "csm-d4");

    private final Desk desk;
    private final DemoTexts texts;
    private final DemoCalendar calendar;
    private final Referrals referrals;

    PlanWork(Desk desk, DemoTexts texts, DemoCalendar calendar, Referrals referrals) {
        this.desk = desk;
        this.texts = texts;
        this.calendar = calendar;
        this.referrals = referrals;
    }

    /** Drafts (or reworks) the PAI; a benefit starts ten days later, as the time its approval takes. */
    void draft(Story story, PlanShape shape) {
        Map<String, Object> form = new HashMap<>(Map.of("summary", texts.text("plan.summary", story.area()),
                "goals", List.of(Map.of("description", texts.text("plan.goal", story.area()), "indicator", texts.text("plan.indicator"))),
                "commitments", texts.text("plan.commitments")));
        if (shape.hasBenefit()) {
            LocalDate from = calendar.today().plusDays(10);
            BenefitWork.Item item = BenefitWork.itemOf(story.area());
            form.put("benefits", List.of(Map.of("itemCode", item.code(), "quantity", item.quantity(),
                    "periodFrom", from.toString(), "periodTo", from.plusMonths(shape.months()).minusDays(1).toString())));
        }
        if (shape.hasReferral()) {
            String target = REFERRAL_TARGETS.get(story.area());
            form.put("referrals", List.of(Map.of("target", target, "reason", texts.text("referral.reason", target))));
        }
        desk.complete(story, "draft-plan", task -> form);
    }

    /** Approves or sends back the PAI; once approved, the story follows the referral processes it started. */
    void decide(Story story, boolean approve) {
        desk.complete(story, "approve-plan", task -> approve ? Map.of("planDecision", "approve")
                : Map.of("planDecision", "reject", "rejectionReason", texts.text("plan.rejection")));
        referrals.ofCase(story.caseId()).forEach(referral -> story.follows("referral-" + referral.getId()));
    }

    /** The case manager records the person's consent to the referral, given that day. */
    void justifyReferral(Story story) {
        String today = calendar.today().toString();
        desk.complete(story, "record-justification", task -> Map.of("justification", "record-consent",
                "consentScope", "referral", "consentGivenOn", today, "consentFrom", today));
    }

    void answerReferral(Story story, boolean accept) {
        desk.complete(story, "unit-decision", task -> accept
                ? Map.of("decision", "accept", "acceptNote", texts.text("referral.accept"))
                : Map.of("decision", "decline", "declineReason", texts.text("referral.decline")));
    }

    void readAnswer(Story story) {
        desk.complete(story, "answer-review", task -> Map.of("answerSeen", "true"));
    }

    void updateCollaboration(Story story) {
        desk.complete(story, "collaboration-update", task -> Map.of("collaborationAction", "update",
                "updateText", texts.text("referral.update")));
    }
}
