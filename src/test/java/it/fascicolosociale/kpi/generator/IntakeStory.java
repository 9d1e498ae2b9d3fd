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
        history(intakeId, personId, comune, area, urgent, registered, interviewed, decided, status, frontOffice, unit, coordinator);
        return status.equals("ACCEPTED") ? new Accepted(intakeId, personId, comune, area, decided, coordinator) : null;
    }

    private void history(long intakeId, long personId, String comune, String area, boolean urgent, Instant registered,
                         Instant interviewed, Instant decided, String status, String frontOffice, String unit, String coordinator) {
        Run run = ats.history.start(ats.model("intake"), "intake-" + intakeId, registered, frontOffice, "contact-registered", null);
        run.variable("intakeId", intakeId, registered);
        run.variable("personId", personId, registered);
        run.variable("comune", comune, registered);
        run.variable("area", area, registered);
        run.variable("urgent", urgent, registered);
        run.activity("contact-registered", registered, registered);
        run.task("first-interview", registered, interviewed, frontOffice, "social-worker@segretariato-" + comune,
                registered.plus(urgent ? Duration.ofDays(1) : Duration.ofDays(15)), true);
        Instant end = interviewed;
        String endActivity;
        if (Duration.between(registered, interviewed).compareTo(ESCALATION_AFTER) > 0) {
            Instant fired = registered.plus(ESCALATION_AFTER);
            run.activity("first-interview-late", fired, fired);
            run.activity("is-urgent", fired, fired);
            if (urgent) {
                Instant handled = ats.draws.after(fired, 0.5);
                run.task("urgent-escalation", fired, handled, coordinator, ats.group("coordinator", unit), fired.plus(ESCALATION_AFTER), true);
                run.activity("escalation-handled", handled, handled);
                end = handled;
            } else {
                run.activity("no-escalation", fired, fired);
            }
        }
        run.activity("first-interview-outcome", interviewed, interviewed);
        if (status.equals("INFORMED")) {
            run.activity("information-given", interviewed, interviewed);
            endActivity = "information-given";
        } else {
            run.task("case-decision", interviewed, decided, coordinator, ats.group("coordinator", unit),
                    interviewed.plus(Duration.ofDays(10)), true);
            run.activity("case-accepted", decided, decided);
            if (status.equals("ACCEPTED")) {
                run.activity("case-opened", decided, decided);
                run.activity("intake-closed-with-case", decided, decided);
                endActivity = "intake-closed-with-case";
            } else {
                run.activity("proposal-rejected", decided, decided);
                endActivity = "proposal-rejected";
            }
            end = end.isAfter(decided) ? end : decided;
        }
        run.end(end, endActivity);
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
