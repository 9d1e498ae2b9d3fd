package it.fascicolosociale.demo;

import java.util.ArrayList;
import java.util.List;

import it.fascicolosociale.notes.NoteType;

/**
 * The plot of a story: what happens, in order, each step some working days after the one before, counted from the
 * day the story starts back to yesterday. The gaps are the usual times of the services; what is left undone when
 * the plot ends is the work waiting today, late when the BPMN's due date has passed.
 */
final class Plot {

    private final Story story;
    private final DemoWork work;
    private final List<Step> steps = new ArrayList<>();
    private int daysAgo;
    private int sessionAhead;

    Plot(Story story, DemoWork work, int startDaysAgo) {
        this.story = story;
        this.work = work;
        this.daysAgo = startDaysAgo + 1;
    }

    Story story() {
        return story;
    }

    List<Step> steps() {
        return steps;
    }

    Plot registered() {
        return then(1, "registered", () -> work.intake().register(story, false));
    }

    Plot registeredUrgently() {
        return then(1, "registered-urgently", () -> work.intake().register(story, true));
    }

    Plot informed() {
        return then(2, "informed", () -> work.intake().inform(story));
    }

    Plot referredTo(String service) {
        return then(2, "referred", () -> work.intake().refer(story, service));
    }

    Plot proposed() {
        return then(2, "proposed", () -> work.intake().propose(story));
    }

    Plot accepted() {
        return then(4, "accepted", () -> work.intake().accept(story));
    }

    Plot rejected() {
        return then(4, "rejected", () -> work.intake().reject(story));
    }

    /** Registered, proposed and accepted: the case is open and waits for the case manager's first interview. */
    Plot opened() {
        return registered().proposed().accepted();
    }

    Plot interviewed() {
        return then(7, "interviewed", () -> work.cases().interview(story));
    }

    Plot assessed() {
        return then(10, "assessed", () -> work.cases().assess(story, false));
    }

    Plot assessedForUvmd() {
        return then(10, "assessed-for-uvmd", () -> work.cases().assess(story, true));
    }

    Plot socialPartPrepared() {
        return then(5, "social-part", () -> work.uvmd().prepareSocialPart(story));
    }

    Plot convened(int daysAhead) {
        sessionAhead = daysAhead;
        return then(2, "convened", () -> work.uvmd().convene(story, daysAhead));
    }

    /** On the day of the session convened before. */
    Plot uvmdDecided(boolean eligible) {
        return then(sessionAhead, "uvmd-decided", () -> work.uvmd().recordOutcome(story, eligible));
    }

    Plot drafted(PlanShape shape) {
        return then(10, "drafted", () -> work.plans().draft(story, shape));
    }

    Plot reworked(PlanShape shape) {
        return then(5, "reworked", () -> work.plans().draft(story, shape));
    }

    Plot approved() {
        return then(4, "approved", () -> work.plans().decide(story, true));
    }

    Plot sentBack() {
        return then(4, "sent-back", () -> work.plans().decide(story, false));
    }

    /** Opened, interviewed, assessed without UVMD, PAI drafted and approved: the plan is in progress. */
    Plot planInForce(PlanShape shape) {
        return opened().interviewed().assessed().drafted(shape).approved();
    }

    Plot checked() {
        return then(3, "checked", () -> work.benefits().check(story));
    }

    Plot granted() {
        return then(5, "granted", () -> work.benefits().approve(story));
    }

    Plot refused() {
        return then(5, "refused", () -> work.benefits().refuse(story));
    }

    Plot activated() {
        return then(4, "activated", () -> work.benefits().activate(story));
    }

    /** A delivery a week, {@code weeks} times. */
    Plot delivered(int weeks) {
        for (int week = 0; week < weeks; week++) {
            then(7, "delivered", () -> work.benefits().deliver(story));
        }
        return this;
    }

    Plot consented() {
        return then(1, "consented", () -> work.plans().justifyReferral(story));
    }

    Plot referralAnswered(boolean accept) {
        return then(6, accept ? "referral-accepted" : "referral-declined", () -> work.plans().answerReferral(story, accept));
    }

    Plot answerRead() {
        return then(2, "answer-read", () -> work.plans().readAnswer(story));
    }

    Plot collaborationUpdated() {
        return then(20, "collaboration-updated", () -> work.plans().updateCollaboration(story));
    }

    Plot closureProposed(String reason) {
        return then(15, "closure-proposed", () -> work.cases().proposeClosure(story, reason));
    }

    Plot closed() {
        return then(4, "closed", () -> work.cases().decideClosure(story, true));
    }

    Plot closureRefused() {
        return then(4, "closure-refused", () -> work.cases().decideClosure(story, false));
    }

    Plot reopened() {
        return then(15, "reopened", () -> work.cases().reopen(story));
    }

    Plot reportedUrgently(int afterDays) {
        return then(afterDays, "urgent-report", () -> work.cases().reportUrgently(story, work.intake().frontOffice(story)));
    }

    Plot noted(NoteType type) {
        return then(1, "noted", () -> work.cases().note(story, type));
    }

    Plot reminderHandled(int afterDays) {
        return then(afterDays, "reminder-handled", () -> work.cases().handleReminder(story));
    }

    private Plot then(int days, String name, Runnable action) {
        daysAgo -= days;
        if (daysAgo < 1) {
            throw new IllegalStateException("Demo story " + story.number() + " would reach step " + name + " today or later");
        }
        steps.add(new Step(story, steps.size(), daysAgo, name, action));
        return this;
    }
}
