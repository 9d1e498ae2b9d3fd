package it.fascicolosociale.access;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.audit.AccessEvent;
import it.fascicolosociale.audit.AccessLog;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;

/**
 * Opens a file in an emergency (break-the-glass) from the exact codice fiscale an operator searched: only an
 * operator whose roles work on files, with a reason from the fixed list and an explanation. Every request, whether
 * or not the codice fiscale matches a file, is recorded, logged with the purpose break-the-glass and sent to review
 * (process {@value #PROCESS}), so that learning whether a codice fiscale exists always costs a reviewed record.
 */
@Service
@Transactional
public class EmergencyAccessDesk {

    public static final String PROCESS = "emergency-access-review";
    private static final Logger logger = LoggerFactory.getLogger(EmergencyAccessDesk.class);

    /** What the operator asked; {@code personId} is the file opened, empty when the codice fiscale matched none. */
    public record Opened(Long emergencyAccessId, Optional<Long> personId) {
    }

    private final FileAccess access;
    private final EmergencyAccesses accesses;
    private final People people;
    private final Units units;
    private final Municipalities municipalities;
    private final AccessLog log;
    private final RuntimeService runtimeService;
    private final Clock clock;

    EmergencyAccessDesk(FileAccess access, EmergencyAccesses accesses, People people, Units units,
                        Municipalities municipalities, AccessLog log, RuntimeService runtimeService, Clock clock) {
        this.access = access;
        this.accesses = accesses;
        this.people = people;
        this.units = units;
        this.municipalities = municipalities;
        this.log = log;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    public Opened open(String operator, String codiceFiscale, EmergencyReason reason, String explanation) {
        Grant grant = access.emergencyGrant(operator).orElseThrow(() ->
                new RuleViolation("error.emergency-access.not-for-role", "operator without file roles asked an emergency access"));
        Optional<Person> person = people.findByCodiceFiscale(new CodiceFiscale(codiceFiscale));
        EmergencyAccess opened = accesses.save(EmergencyAccess.open(operator, person.map(Person::getId).orElse(null),
                reason, explanation, clock.instant()));
        log.record(new AccessEvent(operator, grant.unitCode(), grant.roleCode(), opened.getPersonId(), null,
                "emergency-access", opened.getId().toString(), AccessEvent.Action.READ, grant.reason().purpose(),
                person.isPresent() ? AccessEvent.Outcome.ALLOWED : AccessEvent.Outcome.DENIED));
        runtimeService.startProcessInstanceByKey(PROCESS, "emergency-access-" + opened.getId(), Map.of(
                "emergencyAccessId", opened.getId(), "comune", reviewComune(person, grant), "fileFound", person.isPresent()));
        logger.info("Emergency access {} opened by {} ({})", opened.getId(), operator, reason.code());
        return new Opened(opened.getId(), Optional.ofNullable(opened.getPersonId()));
    }

    /**
     * The operator is done with the file before the hour: their access to it, in force now, ends, and the end is
     * logged. Someone else's access, an expired or an ended one answers "not found".
     */
    public void end(String operator, Long emergencyAccessId) {
        EmergencyAccess ending = accesses.inForceWithId(operator, emergencyAccessId).orElseThrow(() ->
                new NotFoundException("error.emergency-access.not-found", "No emergency access " + emergencyAccessId
                        + " in force for this operator", emergencyAccessId));
        Grant grant = access.emergencyGrant(operator).orElseThrow(() ->
                new NotFoundException("error.emergency-access.not-found", "Operator without file roles", emergencyAccessId));
        ending.end(clock.instant());
        log.record(new AccessEvent(operator, grant.unitCode(), grant.roleCode(), ending.getPersonId(), null,
                "emergency-access", ending.getId().toString(), AccessEvent.Action.END, grant.reason().purpose(),
                AccessEvent.Outcome.ALLOWED));
        logger.info("Emergency access {} ended early by {}", ending.getId(), operator);
    }

    /** The comune whose DPO group reviews: the person's residence, else the first comune the operator's unit serves. */
    private String reviewComune(Optional<Person> person, Grant grant) {
        return person.map(found -> found.details().residence()).filter(residence -> residence != null)
                .map(residence -> residence.municipality().value())
                .orElseGet(() -> units.get(grant.unitCode()).getCoveredMunicipalityIds().stream().sorted().findFirst()
                        .map(id -> municipalities.get(id).getIstatCode().value()).orElseThrow());
    }
}
