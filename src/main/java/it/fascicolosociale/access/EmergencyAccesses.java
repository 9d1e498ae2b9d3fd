package it.fascicolosociale.access;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.platform.NotFoundException;

/**
 * The break-the-glass accesses: which persons an operator opened in an emergency and may still read (for at most
 * an hour, by the injected clock), and the reviewer's verdict afterwards. Opening one goes through
 * {@link EmergencyAccessDesk}, which logs it and starts its review.
 */
@Service
@Transactional
public class EmergencyAccesses {

    private final EmergencyAccessRepository accesses;
    private final Clock clock;

    EmergencyAccesses(EmergencyAccessRepository accesses, Clock clock) {
        this.accesses = accesses;
        this.clock = clock;
    }

    /** The persons whose file the operator opened in an emergency that has not expired yet. */
    @Transactional(readOnly = true)
    public Set<Long> personsOpenTo(String operator) {
        return accesses.findByOperatorAndExpiresAtAfterOrderByOpenedAtDesc(operator, clock.instant()).stream()
                .filter(access -> access.isInForceAt(clock.instant()))
                .map(EmergencyAccess::getPersonId).collect(Collectors.toSet());
    }

    /** The operator's emergency access to the person in force now, if any: the banner of the file's pages shows it. */
    @Transactional(readOnly = true)
    public Optional<EmergencyAccess> inForce(String operator, Long personId) {
        return accesses.findByOperatorAndExpiresAtAfterOrderByOpenedAtDesc(operator, clock.instant()).stream()
                .filter(access -> access.isInForceAt(clock.instant()) && access.getPersonId().equals(personId))
                .findFirst();
    }

    /** The operator's emergency access with that id, if it is in force now. */
    Optional<EmergencyAccess> inForceWithId(String operator, Long id) {
        return accesses.findById(id)
                .filter(access -> access.getOperator().equals(operator) && access.isInForceAt(clock.instant()));
    }

    EmergencyAccess save(EmergencyAccess access) {
        return accesses.save(access);
    }

    @Transactional(readOnly = true)
    public EmergencyAccess get(Long id) {
        return accesses.findById(id).orElseThrow(() ->
                new NotFoundException("error.emergency-access.not-found", "No emergency access " + id, id));
    }

    /** The DPO's or coordinator's verdict on the emergency access. */
    public EmergencyAccess review(Long id, boolean justified, String note, String reviewer) {
        EmergencyAccess access = get(id);
        access.review(justified, note, reviewer, clock.instant());
        return access;
    }
}
