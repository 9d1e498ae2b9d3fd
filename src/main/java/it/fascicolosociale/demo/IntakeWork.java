package it.fascicolosociale.demo;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import it.fascicolosociale.intake.Intakes;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.Routing;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.referrals.Referrals;

/** What the front office and the coordinators do with an accesso, through the forms of the intake process. */
@Component
@OnDemoData
class IntakeWork {

    private final Desk desk;
    private final DemoTexts texts;
    private final DemoCalendar calendar;
    private final Routing routing;
    private final Intakes intakes;
    private final Referrals referrals;

    IntakeWork(Desk desk, DemoTexts texts, DemoCalendar calendar, Routing routing, Intakes intakes, Referrals referrals) {
        this.desk = desk;
        this.texts = texts;
        this.calendar = calendar;
        this.routing = routing;
        this.intakes = intakes;
        this.referrals = referrals;
    }

    /** The front office of the person's comune registers the contact, as the person or a relative or the school asks. */
    void register(Story story, boolean urgent) {
        SyntheticPerson person = story.person();
        Map<String, Object> form = new HashMap<>(Map.of("codiceFiscale", person.codiceFiscale().value(),
                "firstName", person.firstName(), "lastName", person.lastName(), "sex", person.sex().name(),
                "birthDate", person.birthDate().toString(), "citizenship", person.citizenship(),
                "comune", story.comune(), "address", person.address(), "area", story.area(),
                "need", texts.text("intake.need", story.area())));
        form.put("urgent", String.valueOf(urgent));
        form.putAll(requester(story.area()));
        story.registered(desk.start("intake", frontOffice(story), form));
    }

    void inform(Story story) {
        desk.complete(story, "first-interview", task -> Map.of("interviewNotes", texts.text("intake.interview"),
                "outcome", "information", "informationGiven", texts.text("intake.information")));
    }

    void propose(Story story) {
        desk.complete(story, "first-interview", task -> Map.of("interviewNotes", texts.text("intake.interview"),
                "outcome", "case-proposal", "proposalReason", texts.text("intake.proposal")));
    }

    /** Sends the person to a service of the ULSS with their consent, recorded on the day; follows the referral. */
    void refer(Story story, String service) {
        String today = calendar.today().toString();
        desk.complete(story, "first-interview", task -> Map.of("interviewNotes", texts.text("intake.interview"),
                "outcome", "referral", "targetKind", "unit", "targetService", service,
                "referralReason", texts.text("intake.referral." + service), "justification", "record-consent",
                "consentScope", "referral", "consentGivenOn", today, "consentFrom", today));
        Long personId = intakes.get(story.intakeId()).getPersonId();
        referrals.ofPerson(personId).stream().filter(referral -> story.intakeId().equals(referral.getIntakeId()))
                .forEach(referral -> story.follows("referral-" + referral.getId()));
    }

    /** The coordinator accepts, naming the first case manager the unit offers; the story follows the opened case. */
    void accept(Story story) {
        desk.complete(story, "case-decision", task -> Map.of("decision", "accept",
                "caseManager", desk.firstOption(task, "caseManagerOptions")));
        story.opened(intakes.get(story.intakeId()).getCaseId());
    }

    void reject(Story story) {
        desk.complete(story, "case-decision", task -> Map.of("decision", "reject",
                "rejectionReason", texts.text("intake.rejection")));
    }

    String frontOffice(Story story) {
        return desk.member(routing.candidateGroup(Role.SOCIAL_WORKER, new IstatCode(story.comune()), UnitFunction.FRONT_OFFICE).id());
    }

    /** The school reports a minor, a relative calls for an elderly person, adults come to the desk themselves. */
    private Map<String, Object> requester(String area) {
        return switch (area) {
            case "family-minors" -> Map.of("channel", "school-report", "requesterKind", "other",
                    "requesterDescription", texts.text("school"));
            case "elderly" -> Map.of("channel", "phone", "requesterKind", "relative",
                    "requesterDescription", texts.text("relative"));
            default -> Map.of("channel", "desk", "requesterKind", "self");
        };
    }
}
