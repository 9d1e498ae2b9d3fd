package it.fascicolosociale.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

import it.fascicolosociale.benefits.ApprovalAct;
import it.fascicolosociale.benefits.ApprovalActType;
import it.fascicolosociale.benefits.Benefit;
import it.fascicolosociale.benefits.BenefitRequest;
import it.fascicolosociale.benefits.Benefits;
import it.fascicolosociale.benefits.IseeAttestation;
import it.fascicolosociale.benefits.IseeType;
import it.fascicolosociale.cases.CaseOpening;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.ClosureReason;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.Channel;
import it.fascicolosociale.intake.Intake;
import it.fascicolosociale.intake.IntakeRequest;
import it.fascicolosociale.intake.Intakes;
import it.fascicolosociale.intake.InterviewOutcome;
import it.fascicolosociale.intake.Requester;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.demo.DemoTime;
import it.fascicolosociale.people.Contacts;
import it.fascicolosociale.people.MissingFiscalCodeReason;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Residence;
import it.fascicolosociale.people.Sex;
import it.fascicolosociale.platform.Period;

/**
 * Builds the small datasets of the KPI tests through the domain services, each step at a time set on the
 * application clock (local time in Italy, through {@link DemoTime}). Synthetic persons only.
 */
@Component
public class KpiDataset {

    /** Home care at 20.00 an hour; with this ISEE (band up to 10,000) the user pays 40%: body 12.00, user 8.00. */
    static final String ISEE_VALUE = "8000.00";

    private final People people;
    private final Cases cases;
    private final Benefits benefits;
    private final Intakes intakes;
    private final DemoTime clock;
    private final EntityManager entityManager;
    private int persons;

    KpiDataset(People people, Cases cases, Benefits benefits, Intakes intakes, DemoTime clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.people = people;
        this.cases = cases;
        this.benefits = benefits;
        this.intakes = intakes;
        this.clock = clock;
    }

    /** A new synthetic person resident in the comune. */
    Long person(String residence) {
        persons++;
        return people.register(new PersonDetails("Prova", "Indicatore" + (char) ('A' + persons), Sex.F,
                LocalDate.of(1950, 1, 1).plusDays(persons), null, "IT", null, MissingFiscalCodeReason.NOT_DISCLOSED,
                new Residence(new IstatCode(residence), "Via della Prova " + persons), Contacts.NONE)).getId();
    }

    SocialCase openCase(Long personId, String comune, String area, String caseManager, LocalDateTime at) {
        return openCase(personId, comune, area, caseManager, at, null);
    }

    /** A presa in carico, from the accesso {@code intakeId} if not null. */
    SocialCase openCase(Long personId, String comune, String area, String caseManager, LocalDateTime at, Long intakeId) {
        clock.at(at);
        return cases.open(new CaseOpening(personId, new IstatCode(comune), UserArea.fromCode(area), caseManager, intakeId),
                "giorgio.moretti");
    }

    void close(Long caseId, ClosureReason reason, LocalDateTime at) {
        clock.at(at);
        cases.close(caseId, reason, "giorgio.moretti");
    }

    void reopen(Long caseId, LocalDateTime at) {
        clock.at(at);
        cases.reopen(caseId, "Nuovo bisogno.", "giorgio.moretti");
    }

    /**
     * A benefit requested, checked with the ISEE above, priced, approved at {@code decidedAt} with a determinazione
     * dated the first day of the period, and activated on that day.
     */
    Benefit grant(SocialCase socialCase, String item, LocalDateTime decidedAt, LocalDate from, LocalDate to) {
        clock.at(decidedAt);
        Benefit benefit = benefits.request(new BenefitRequest(socialCase.getId(), null, item, new BigDecimal("100"),
                new Period(from, to)), "elena.conte");
        benefits.check(benefit.getId(), Optional.of(new IseeAttestation(IseeType.ORDINARY, new BigDecimal(ISEE_VALUE),
                LocalDate.of(2026, 12, 31), null)), "marta.greco");
        benefits.computeCoPayment(benefit.getId());
        benefits.approve(benefit.getId(), new ApprovalAct(ApprovalActType.DECISION, "1/2026", from), "chiara.longo");
        return benefits.activate(benefit.getId(), from, "marta.greco");
    }

    void deliver(Benefit benefit, LocalDate day, String quantity) {
        benefits.deliver(benefit.getId(), day, new BigDecimal(quantity), "marta.greco");
    }

    Intake intake(Long personId, String comune, String area, LocalDateTime registeredAt) {
        clock.at(registeredAt);
        return intakes.register(new IntakeRequest(personId, new IstatCode(comune), UserArea.fromCode(area), Channel.DESK,
                new Requester(Requester.Kind.SELF, null), "Chiede un sostegno.", false), "laura.bianchi");
    }

    Intake interview(Intake intake, InterviewOutcome outcome, LocalDateTime at) {
        clock.at(at);
        return intakes.recordFirstInterview(intake.getId(), outcome, "laura.bianchi");
    }

    Intake accept(Intake intake, SocialCase socialCase, LocalDateTime at) {
        clock.at(at);
        return intakes.accept(intake.getId(), socialCase.getId(), "giorgio.moretti");
    }

    Intake reject(Intake intake, LocalDateTime at) {
        clock.at(at);
        return intakes.reject(intake.getId(), "Bisogno non di competenza.", "giorgio.moretti");
    }

    /**
     * Writes the pending changes: the indicators read with plain SQL, which does not flush the persistence context
     * as a JPA query would (in the application each step commits first).
     */
    void flush() {
        entityManager.flush();
    }

    void resetClock() {
        clock.release();
    }
}
