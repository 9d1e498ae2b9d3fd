package it.fascicolosociale.cases;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.people.People;
import it.fascicolosociale.platform.RuleViolation;

/** The front door of the social cases. */
@Service
@Transactional
public class Cases {

    private final SocialCaseRepository cases;
    private final People people;
    private final Municipalities municipalities;
    private final OperatorDirectory operators;
    private final Clock clock;

    Cases(SocialCaseRepository cases, People people, Municipalities municipalities, OperatorDirectory operators, Clock clock) {
        this.cases = cases;
        this.people = people;
        this.municipalities = municipalities;
        this.operators = operators;
        this.clock = clock;
    }

    /** Opens a presa in carico; the case manager must be an operator who can sign in. */
    public SocialCase open(CaseOpening opening, String coordinator) {
        people.get(opening.personId());
        municipalities.get(opening.comune());
        if (operators.account(opening.caseManager()).isEmpty()) {
            throw new RuleViolation("error.case.unknown-case-manager", "Unknown case manager", opening.caseManager());
        }
        return cases.save(SocialCase.open(opening, coordinator, clock.instant()));
    }

    @Transactional(readOnly = true)
    public SocialCase get(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    @Transactional(readOnly = true)
    public List<SocialCase> ofPerson(Long personId) {
        return cases.findByPersonIdOrderByOpenedAtDesc(personId);
    }
}
