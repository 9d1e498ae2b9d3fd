package it.fascicolosociale.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.cases.CaseStatus;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The front door of the multidimensional assessments: request one for an open case, prepare its social part,
 * convene the UVMD session, record the outcome (which may name a new case manager for the case), and find the
 * outcome that holds for a case on a given day.
 */
@Service
@Transactional
public class Assessments {

    private final AssessmentRepository assessments;
    private final Cases cases;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, Cases cases, Clock clock) {
        this.assessments = assessments;
        this.cases = cases;
        this.clock = clock;
    }

    /** A new assessment of an open case of the person, with the instrument of the case's user area. */
    public Assessment request(Long caseId, Long personId, String caseManager) {
        SocialCase socialCase = cases.get(caseId);
        if (socialCase.getStatus() != CaseStatus.OPEN) {
            throw new RuleViolation("error.assessment.case-not-open", "case " + caseId + " is not open");
        }
        if (!socialCase.getPersonId().equals(personId)) {
            throw new RuleViolation("error.assessment.person-not-of-case", "person " + personId + " is not of case " + caseId);
        }
        return assessments.save(Assessment.request(caseId, personId, AssessmentInstrument.forArea(socialCase.getArea()),
                caseManager, clock.instant()));
    }

    public Assessment prepareSocialPart(Long assessmentId, SocialPart part, String caseManager) {
        Assessment assessment = get(assessmentId);
        assessment.prepareSocialPart(part, caseManager, clock);
        return assessment;
    }

    public Assessment convene(Long assessmentId, LocalDate sessionDate, String operator) {
        Assessment assessment = get(assessmentId);
        assessment.convene(sessionDate, operator, clock);
        return assessment;
    }

    /** Records the UVMD's outcome; a case manager other than the case's becomes the case manager of the case. */
    public Assessment recordOutcome(Long assessmentId, UvmdOutcome outcome, String operator) {
        Assessment assessment = get(assessmentId);
        String current = cases.get(assessment.getCaseId()).getCaseManager();
        assessment.recordOutcome(outcome, current, operator, clock);
        if (assessment.isCaseManagerChanged()) {
            cases.changeCaseManager(assessment.getCaseId(), outcome.caseManager(), operator);
        }
        return assessment;
    }

    /** The outcome that holds for the case on the day: among those within their year, the latest session's. */
    @Transactional(readOnly = true)
    public Optional<Assessment> latestValidOutcome(Long caseId, LocalDate day) {
        return assessments.findByCaseIdAndStatus(caseId, AssessmentStatus.DECIDED).stream()
                .filter(assessment -> assessment.isValidOn(day))
                .max(Comparator.comparing(assessment -> assessment.getOutcome().orElseThrow().sessionDate()));
    }

    @Transactional(readOnly = true)
    public Assessment get(Long assessmentId) {
        return assessments.findById(assessmentId).orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
    }

    @Transactional(readOnly = true)
    public List<Assessment> ofCase(Long caseId) {
        return assessments.findByCaseIdOrderByRequestedAtDesc(caseId);
    }
}
