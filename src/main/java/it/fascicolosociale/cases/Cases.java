package it.fascicolosociale.cases;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.people.People;
import it.fascicolosociale.platform.RuleViolation;

/** The front door of the social cases. */
@Service
@Transactional
public class Cases {

    private static final Logger log = LoggerFactory.getLogger(Cases.class);

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

    /** Opens a presa in carico; the case manager must be an operator who can sign in and works on files. */
    public SocialCase open(CaseOpening opening, String coordinator) {
        people.get(opening.personId());
        municipalities.get(opening.comune());
        requireCaseManager(opening.caseManager());
        return cases.save(SocialCase.open(opening, coordinator, clock.instant()));
    }

    public SocialCase close(Long caseId, ClosureReason reason, String by) {
        SocialCase socialCase = get(caseId);
        socialCase.close(reason, by, clock.instant());
        return socialCase;
    }

    public SocialCase reopen(Long caseId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("error.case.reopen-reason-required", "a reopened case needs the reason");
        }
        SocialCase socialCase = get(caseId);
        socialCase.reopen(reason.strip(), by, clock.instant());
        return socialCase;
    }

    /** Adds an operator who can sign in and works on files to the case team. */
    public SocialCase addToTeam(Long caseId, String username, String by) {
        if (username == null || operators.account(username).isEmpty()) {
            throw new RuleViolation("error.case.unknown-team-member", "Unknown operator", username);
        }
        if (!operators.worksOnFiles(username)) {
            throw new RuleViolation("error.case.team-member-without-files", "The operator works on no files", username);
        }
        SocialCase socialCase = get(caseId);
        socialCase.addToTeam(username, by, clock.instant());
        return socialCase;
    }

    public SocialCase removeFromTeam(Long caseId, String username) {
        SocialCase socialCase = get(caseId);
        socialCase.removeFromTeam(username);
        return socialCase;
    }

    public SocialCase recordUrgentReport(Long caseId, String report, String by) {
        if (report == null || report.isBlank()) {
            throw new RuleViolation("error.case.urgent-report-required", "an urgent report needs its text");
        }
        SocialCase socialCase = get(caseId);
        socialCase.reportUrgently(report.strip(), by, clock.instant());
        return socialCase;
    }

    /** The person's residence moved to another comune of the social district. */
    public SocialCase moveTo(Long caseId, IstatCode comune, String by) {
        municipalities.get(comune);
        SocialCase socialCase = get(caseId);
        socialCase.moveTo(comune, by, clock.instant());
        return socialCase;
    }

    /**
     * Hands the case to another case manager (e.g. the one the UVMD names), who must be an operator who can sign in
     * and works on files.
     */
    public SocialCase changeCaseManager(Long caseId, String caseManager, String changedBy) {
        SocialCase socialCase = get(caseId);
        requireCaseManager(caseManager);
        socialCase.assignTo(caseManager, changedBy, clock.instant());
        log.info("Case {} handed to case manager {} by {}", caseId, caseManager, changedBy);
        return socialCase;
    }

    @Transactional(readOnly = true)
    public SocialCase get(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    @Transactional(readOnly = true)
    public List<SocialCase> ofPerson(Long personId) {
        return cases.findByPersonIdOrderByOpenedAtDesc(personId);
    }

    /** The cases of several persons, with their teams, in one query: for checks over a list of persons. */
    @Transactional(readOnly = true)
    public List<SocialCase> ofPersons(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : cases.findByPersonIdIn(personIds);
    }

    private void requireCaseManager(String caseManager) {
        if (caseManager == null || operators.account(caseManager).isEmpty()) {
            throw new RuleViolation("error.case.unknown-case-manager", "Unknown case manager", caseManager);
        }
        if (!operators.worksOnFiles(caseManager)) {
            throw new RuleViolation("error.case.case-manager-without-files", "The case manager works on no files", caseManager);
        }
    }
}
