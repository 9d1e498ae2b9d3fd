package it.fascicolosociale.workflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.access.EmergencyAccess;
import it.fascicolosociale.access.EmergencyAccessDesk;
import it.fascicolosociale.access.EmergencyAccessDesk.Opened;
import it.fascicolosociale.access.EmergencyAccesses;
import it.fascicolosociale.access.EmergencyReason;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.TaskCompletion;

/**
 * Every path of the review of an emergency access: opened on a file and judged justified; opened and judged not
 * justified (with the reason the DPO must give); asked for a codice fiscale that matches no file, reviewed all the
 * same. The review goes to the DPO of the managing body, due in five days.
 */
@IntegrationTest
@Transactional
class EmergencyAccessReviewProcessTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:00:00Z");
    private static final String OPERATOR = "paolo.gallo";
    private static final String DPO = "federica.rinaldi";

    @Autowired
    ProcessEngine engine;

    @Autowired
    EmergencyAccessDesk desk;

    @Autowired
    EmergencyAccesses accesses;

    @Autowired
    TaskCompletion tasks;

    @Autowired
    SyntheticFiles files;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDpoJudgesTheAccessJustified() {
        files.testUno();
        Opened opened = desk.open(OPERATOR, "NUOTST85C12B563H", EmergencyReason.RISK_TO_LIFE, "Chiamata dal pronto soccorso.");
        ProcessInstance review = reviewOf(opened);

        BpmnAwareTests.assertThat(review).isWaitingAt("review");
        BpmnAwareTests.assertThat(task(review)).hasCandidateGroup("dpo@direzione-ats")
                .hasDueDate(Date.from(MONDAY_MORNING.plus(5, ChronoUnit.DAYS)));
        tasks.complete(task(review).getId(), DPO, Map.of("verdict", "justified"));

        BpmnAwareTests.assertThat(review).isEnded().hasPassed("justified");
        EmergencyAccess reviewed = accesses.get(opened.emergencyAccessId());
        assertThat(reviewed.getReviewOutcome()).isEqualTo("justified");
        assertThat(reviewed.getReviewedBy()).isEqualTo(DPO);
    }

    @Test
    void theDpoJudgesTheAccessNotJustifiedAndSaysWhatWasDone() {
        files.testUno();
        Opened opened = desk.open(OPERATOR, "NUOTST85C12B563H", EmergencyReason.CONTINUITY_OF_CARE, "La persona era allo sportello.");
        ProcessInstance review = reviewOf(opened);

        assertThatThrownBy(() -> tasks.complete(task(review).getId(), DPO, Map.of("verdict", "not-justified")))
                .isInstanceOf(SubmissionRefusedException.class);
        tasks.complete(task(review).getId(), DPO, Map.of("verdict", "not-justified",
                "reviewNote", "Nessuna emergenza: segnalato al responsabile dell'operatore."));

        BpmnAwareTests.assertThat(review).isEnded().hasPassed("not-justified");
        assertThat(accesses.get(opened.emergencyAccessId()).getReviewOutcome()).isEqualTo("not-justified");
    }

    @Test
    void aCodiceFiscaleThatMatchesNoFileOpensNothingButIsReviewedAllTheSame() {
        Opened opened = desk.open(OPERATOR, "RSSMRA80A01H501U", EmergencyReason.COURT_REQUEST, "Richiesta del tribunale.");
        ProcessInstance review = reviewOf(opened);

        assertThat(opened.personId()).isEmpty();
        BpmnAwareTests.assertThat(review).isWaitingAt("review");
        BpmnAwareTests.assertThat(review).variables().containsEntry("fileFound", false);
        tasks.complete(task(review).getId(), DPO, Map.of("verdict", "justified"));
        BpmnAwareTests.assertThat(review).isEnded().hasPassed("justified");
    }

    private static ProcessInstance reviewOf(Opened opened) {
        return processInstanceQuery().processInstanceBusinessKey("emergency-access-" + opened.emergencyAccessId()).singleResult();
    }

    private static Task task(ProcessInstance review) {
        return taskQuery().processInstanceId(review.getId()).singleResult();
    }
}
