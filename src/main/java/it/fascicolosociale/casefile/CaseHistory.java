package it.fascicolosociale.casefile;

import static it.fascicolosociale.casefile.Labels.label;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import it.fascicolosociale.assessment.Assessment;
import it.fascicolosociale.assessment.Assessments;
import it.fascicolosociale.assessment.UvmdOutcome;
import it.fascicolosociale.careplans.CarePlan;
import it.fascicolosociale.careplans.CarePlans;
import it.fascicolosociale.careplans.PlanReview;
import it.fascicolosociale.careplans.PlanStatus;
import it.fascicolosociale.casefile.TimelineEntry.Kind;
import it.fascicolosociale.cases.CaseEvent;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.UnknownCodeException;
import it.fascicolosociale.platform.ItalianDates;

/** The timeline entries of the case itself, its assessments and its PAI: openings, moves, outcomes, versions, reviews. */
@Component
class CaseHistory {

    private static final String ARROW = " -> ";

    private final Assessments assessments;
    private final CarePlans carePlans;
    private final Municipalities municipalities;

    CaseHistory(Assessments assessments, CarePlans carePlans, Municipalities municipalities) {
        this.assessments = assessments;
        this.carePlans = carePlans;
        this.municipalities = municipalities;
    }

    /** The entries; {@code names} gives the operators' names for events that name one. */
    List<TimelineEntry> of(SocialCase socialCase, Function<String, String> names) {
        List<TimelineEntry> entries = new ArrayList<>();
        socialCase.getEvents().forEach(event -> entries.add(caseEvent(event, names)));
        assessments.ofCase(socialCase.getId()).forEach(assessment -> addAssessment(assessment, entries));
        carePlans.versions(socialCase.getId()).forEach(plan -> addPlan(plan, entries));
        for (PlanReview review : carePlans.reviews(socialCase.getId())) {
            entries.add(TimelineEntry.of(review.getReviewedAt(), Kind.PLAN, "timeline.plan.review", review.getReviewedBy(),
                    label(review.isRevisionNeeded() ? "timeline.plan.review.revise" : "timeline.plan.review.keep"))
                    .withText(review.getOutcome()));
        }
        return entries;
    }

    private TimelineEntry caseEvent(CaseEvent event, Function<String, String> names) {
        String code = "timeline.case." + event.kind().name().toLowerCase().replace('_', '-');
        return switch (event.kind()) {
            case OPENED -> TimelineEntry.of(event.at(), Kind.CASE, code, event.by(), names.apply(event.detail()));
            case CLOSED -> TimelineEntry.of(event.at(), Kind.CASE, code, event.by(), label("closure-reason." + event.detail()));
            case MOVED -> TimelineEntry.of(event.at(), Kind.CASE, code, event.by(), comune(before(event)), comune(after(event)));
            case CASE_MANAGER_CHANGED -> TimelineEntry.of(event.at(), Kind.CASE, code, event.by(),
                    names.apply(before(event)), names.apply(after(event)));
            case REOPENED, URGENT_REPORT -> TimelineEntry.of(event.at(), Kind.CASE, code, event.by()).withText(event.detail());
        };
    }

    private void addAssessment(Assessment assessment, List<TimelineEntry> entries) {
        Object instrument = label("assessment-instrument." + assessment.getInstrument().code());
        entries.add(TimelineEntry.of(assessment.getRequestedAt(), Kind.ASSESSMENT, "timeline.assessment.requested",
                assessment.getRequestedBy(), instrument));
        if (assessment.getPreparedAt() != null) {
            entries.add(TimelineEntry.of(assessment.getPreparedAt(), Kind.ASSESSMENT, "timeline.assessment.prepared",
                    assessment.getPreparedBy(), instrument));
        }
        assessment.getOutcome().ifPresent(outcome -> entries.add(outcome(assessment, outcome)));
    }

    private static TimelineEntry outcome(Assessment assessment, UvmdOutcome outcome) {
        return TimelineEntry.of(assessment.getRecordedAt(), Kind.ASSESSMENT, "timeline.assessment.outcome",
                assessment.getRecordedBy(), label("uvmd-decision." + outcome.decision().code()),
                outcome.score() == null ? "\u2014" : outcome.score().toPlainString().replace('.', ','),
                ItalianDates.format(outcome.sessionDate()), ItalianDates.format(outcome.validUntil())).withText(outcome.notes());
    }

    private static void addPlan(CarePlan plan, List<TimelineEntry> entries) {
        entries.add(TimelineEntry.of(plan.getDraftedAt(), Kind.PLAN, "timeline.plan.drafted", plan.getDraftedBy(),
                plan.getRevision()).withText(plan.getSummary()));
        Instant decided = plan.getDecidedAt();
        if (decided == null) {
            return;
        }
        if (plan.getStatus() == PlanStatus.REJECTED) {
            entries.add(TimelineEntry.of(decided, Kind.PLAN, "timeline.plan.rejected", plan.getDecidedBy(), plan.getRevision())
                    .withText(plan.getRejectionReason()));
        } else {
            entries.add(TimelineEntry.of(decided, Kind.PLAN, "timeline.plan.approved", plan.getDecidedBy(), plan.getRevision()));
        }
    }

    private String comune(String istatCode) {
        try {
            return municipalities.get(new IstatCode(istatCode)).getName();
        } catch (UnknownCodeException suppressedComune) {
            return istatCode;
        }
    }

    private static String before(CaseEvent event) {
        return event.detail().substring(0, event.detail().indexOf(ARROW));
    }

    private static String after(CaseEvent event) {
        return event.detail().substring(event.detail().indexOf(ARROW) + ARROW.length());
    }
}
