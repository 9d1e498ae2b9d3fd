package it.fascicolosociale.kpi.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One accesso: a person (new, or one the comune already knows), the intake row, and the intake process from the
 * contact to its outcome, with the escalation timer that fires when the first interview waits more than four
 * hours (and the coordinator's reminder task when the contact was urgent). An accepted proposal hands over to
 * the presa in carico.
 */
final class IntakeStory {

    static final List<String> AREAS = List.of("family-minors", "disability", "addiction", "elderly", "immigrants",
            "poverty-adults", "multi-user");
    private static final double[] AREA_WEIGHTS = {22, 12, 4, 35, 6, 16, 5};
    private static final List<String> CHANNELS = List.of("desk", "phone", "email", "school-report", "hospital-report");
    private static final double[] CHANNEL_WEIGHTS = {60, 25, 6, 4, 5};
    private static final List<String> FIRST_NAMES = List.of("Anna", "Marco", "Giulia", "Luca", "Sara", "Paolo", "Elena",
            "Giorgio", "Chiara", "Davide", "Marta", "Franco", "Irene", "Stefano", "Laura", "Roberto");
    private static final List<String> LAST_NAMES = List.of("Prova", "Esempio", "Campione", "Fittizio", "Simulato",
            "Modello", "Saggio", "Bozza", "Traccia", "Schema");
    private static final Duration ESCALATION_AFTER = Duration.ofHours(4);

    /** Everything the intake process's history depends on: the accesso, its times and the people who acted. */
    record IntakeRun(long intakeId, long personId, String comune, String area, boolean urgent, String status,
                     Instant registered, Instant interviewed, Instant escalationHandled, Instant decided,
                     String frontOffice, String unit, String coordinator) {
    }

    /** What the presa in carico needs of an accepted accesso. */
    record Accepted(long intakeId, long personId, String comune, String area, Instant decidedAt, String coordinator) {
    }

    private final Ats ats;
    private final Map<String, List<long[]>> knownPersons = new HashMap<>();

    IntakeStory(Ats ats) {
        this.ats = ats;
    }

    /** An accesso registered in the year; the accepted ones are returned for their case. */
    Accepted tell(int year, List<Organization.Comune> comuni, double[] comuneWeights) {
        Draws draws = ats.draws;
        String comune = draws.weighted(comuni.stream().map(Organization.Comune::istatCode).toList(), comuneWeights);
        String area = draws.weighted(AREAS, AREA_WEIGHTS);
        Instant registered = draws.officeHour(year);
        boolean urgent = draws.chance(0.08);
        long personId = person(comune, area, year);
        long intakeId = ats.nextId("intake");
        String frontOffice = ats.organization.frontOfficeWorker.get(comune);
        String unit = ats.unitInCharge(comune, area, registered);
        String coordinator = ats.organization.staffOf(unit, "co");
        Instant interviewed = urgent ? registered.plus(ats.draws.delay(0.15)) : draws.after(registered, 4);
        double outcome = draws.random().nextDouble();
        String status = outcome < 0.28 ? "INFORMED" : outcome < 0.34 ? "REJECTED" : "ACCEPTED";
        Instant decided = status.equals("INFORMED") ? null : draws.after(interviewed, 3);
        ats.domain.intakes.row(intakeId, personId, comune, area, draws.weighted(CHANNELS, CHANNEL_WEIGHTS), "self",
                "Richiesta di sostegno (dato sintetico)", urgent, status, frontOffice, registered, frontOffice, interviewed,
                decided == null ? null : coordinator, decided);
        Instant handled = urgent && Duration.between(registered, interviewed).compareTo(ESCALATION_AFTER) > 0
                ? draws.after(registered.plus(ESCALATION_AFTER), 0.5) : null;
        history(new IntakeRun(intakeId, personId, comune, area, urgent, status, registered, interviewed, handled, decided,
                frontOffice, unit, coordinator));
        return status.equals("ACCEPTED") ? new Accepted(intakeId, personId, comune, area, decided, coordinator) : null;
    }

    /** The intake process as the engine records it along the path the accesso took. */
    void history(IntakeRun intake) {
        Run run = ats.history.start(ats.model("intake"), "intake-" + intake.intakeId(), intake.registered(),
                intake.frontOffice(), "contact-registered", null);
        run.variable("intakeId", intake.intakeId(), intake.registered());
        run.variable("personId", intake.personId(), intake.registered());
        run.variable("comune", intake.comune(), intake.registered());
        run.variable("area", intake.area(), intake.registered());
        run.variable("urgent", intake.urgent(), intake.registered());
        run.activity("contact-registered", intake.registered(), intake.registered());
        run.task("first-interview", intake.registered(), intake.interviewed(), intake.frontOffice(),
                "social-worker@segretariato-" + intake.comune(),
                intake.registered().plus(intake.urgent() ? Duration.ofDays(1) : Duration.ofDays(15)), true);
        Instant end = escalation(run, intake);
        run.activity("first-interview-outcome", intake.interviewed(), intake.interviewed());
        if (intake.status().equals("INFORMED")) {
            run.activity("information-given", intake.interviewed(), intake.interviewed());
            run.end(end, "information-given");
            return;
        }
        Instant decided = intake.decided();
        run.task("case-decision", intake.interviewed(), decided, intake.coordinator(), ats.group("coordinator", intake.unit()),
                intake.interviewed().plus(Duration.ofDays(10)), true);
        run.activity("case-accepted", decided, decided);
        String endActivity = intake.status().equals("ACCEPTED") ? "intake-closed-with-case" : "proposal-rejected";
        if (intake.status().equals("ACCEPTED")) {
            run.activity("case-opened", decided, decided);
        }
        run.activity(endActivity, decided, decided);
        run.end(end.isAfter(decided) ? end : decided, endActivity);
    }

    /** The timer on the first interview, when it fired; returns when the escalation's branch ended. */
    private Instant escalation(Run run, IntakeRun intake) {
        if (Duration.between(intake.registered(), intake.interviewed()).compareTo(ESCALATION_AFTER) <= 0) {
            return intake.interviewed();
        }
        Instant fired = intake.registered().plus(ESCALATION_AFTER);
        run.activity("first-interview-late", fired, fired);
        run.activity("is-urgent", fired, fired);
        if (!intake.urgent()) {
            run.activity("no-escalation", fired, fired);
            return intake.interviewed();
        }
        Instant handled = intake.escalationHandled();
        run.task("urgent-escalation", fired, handled, intake.coordinator(), ats.group("coordinator", intake.unit()),
                fired.plus(ESCALATION_AFTER), true);
        run.activity("escalation-handled", handled, handled);
        return handled.isAfter(intake.interviewed()) ? handled : intake.interviewed();
    }

    /** A new person, or (one time in eight) one the comune already met in the same area. */
    private long person(String comune, String area, int year) {
        List<long[]> known = knownPersons.computeIfAbsent(comune + area, key -> new ArrayList<>());
        if (!known.isEmpty() && ats.draws.chance(0.125)) {
            return ats.draws.pick(known)[0];
        }
        Draws draws = ats.draws;
        long id = ats.nextId("person");
        int age = switch (area) {
            case "elderly" -> draws.between(65, 97);
            case "family-minors" -> draws.between(0, 17);
            default -> draws.between(18, 64);
        };
        LocalDate birth = LocalDate.of(year - age, 1, 1).plusDays(draws.random().nextInt(365));
        boolean female = draws.chance(0.55);
        ats.domain.persons.row(id, "NOT_DISCLOSED", draws.pick(FIRST_NAMES), draws.pick(LAST_NAMES), birth, female ? "F" : "M",
                area.equals("immigrants") ? draws.pick(List.of("MA", "AL", "RO", "NG", "CN")) : "IT", comune,
                "Via Sintetica " + draws.between(1, 200));
        known.add(new long[] {id});
        return id;
    }
}
