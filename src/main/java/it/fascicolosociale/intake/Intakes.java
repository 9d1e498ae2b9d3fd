package it.fascicolosociale.intake;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.people.People;
import it.fascicolosociale.platform.RuleViolation;

/** The front door of the accessi: register a contact and record each step of its answer. */
@Service
@Transactional
public class Intakes {

    private final IntakeRepository intakes;
    private final People people;
    private final Municipalities municipalities;
    private final Clock clock;

    Intakes(IntakeRepository intakes, People people, Municipalities municipalities, Clock clock) {
        this.intakes = intakes;
        this.people = people;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public Intake register(IntakeRequest request, String operator) {
        people.get(request.personId());
        municipalities.get(request.comune());
        return intakes.save(Intake.register(request, operator, clock.instant()));
    }

    public Intake recordFirstInterview(Long intakeId, InterviewOutcome outcome, String operator) {
        Intake intake = get(intakeId);
        intake.recordFirstInterview(outcome, operator, clock.instant());
        return intake;
    }

    public Intake accept(Long intakeId, Long caseId, String coordinator) {
        Intake intake = get(intakeId);
        intake.accept(caseId, coordinator, clock.instant());
        return intake;
    }

    public Intake reject(Long intakeId, String reason, String coordinator) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("error.intake.rejection-reason-required", "a rejection needs its reason");
        }
        Intake intake = get(intakeId);
        intake.reject(reason.strip(), coordinator, clock.instant());
        return intake;
    }

    @Transactional(readOnly = true)
    public Intake get(Long intakeId) {
        return intakes.findById(intakeId).orElseThrow(() -> new IntakeNotFoundException(intakeId));
    }

    @Transactional(readOnly = true)
    public List<Intake> ofPerson(Long personId) {
        return intakes.findByPersonIdOrderByRegisteredAtDesc(personId);
    }

    /** The accessi of several persons in one query: for checks over a list of persons. */
    @Transactional(readOnly = true)
    public List<Intake> ofPersons(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : intakes.findByPersonIdIn(personIds);
    }
}
