package it.fascicolosociale.workflow.referrals;

import static it.fascicolosociale.workflow.referrals.ReferralFixture.SENDER;
import static it.fascicolosociale.workflow.referrals.ReferralFixture.consentGivenToday;
import static it.fascicolosociale.workflow.referrals.ReferralFixture.consentOnRecord;
import static it.fascicolosociale.workflow.referrals.ReferralFixture.form;
import static it.fascicolosociale.workflow.referrals.ReferralFixture.legalBasis;
import static it.fascicolosociale.workflow.referrals.ReferralFixture.referralId;
import static it.fascicolosociale.workflow.referrals.ReferralFixture.taskAt;
import static it.fascicolosociale.workflow.referrals.ReferralFixture.toExternalBody;
import static it.fascicolosociale.workflow.referrals.ReferralFixture.toService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.people.BodyCategory;
import it.fascicolosociale.people.ConsentRecipient;
import it.fascicolosociale.people.ConsentScope;
import it.fascicolosociale.people.ConsentTerms;
import it.fascicolosociale.people.Consents;
import it.fascicolosociale.referrals.Justification;
import it.fascicolosociale.referrals.LegalBasis;
import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.referrals.ReferralEntry;
import it.fascicolosociale.referrals.ReferralStatus;
import it.fascicolosociale.referrals.Referrals;
import it.fascicolosociale.workflow.ProcessStart;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.TaskCompletion;

/**
 * Every path of the referral process (Invio / collaborazione), driven through its forms: started from its start form,
 * and called by a case.
 */
@IntegrationTest
@Transactional
class ReferralProcessTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:00:00Z");
    private static final String REASON = "Chiediamo una valutazione psicologica del figlio minore.";

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessStart processStart;

    @Autowired
    TaskCompletion tasks;

    @Autowired
    Referrals referrals;

    @Autowired
    Consents consents;

    @Autowired
    ReferralFixture fixture;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    private Long caseId;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        caseId = fixture.openCase();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theUnitAcceptsPostsAnUpdateAndClosesTheCollaboration() {
        Long consentId = consentFor(ConsentRecipient.unit("consultorio-d4"), LocalDate.of(2026, 2, 20), null);
        ProcessInstance referral = start(toService("family-counselling"), consentOnRecord());

        BpmnAwareTests.assertThat(referral).hasPassed("check-justification", "send-to-unit").isWaitingAt("unit-decision");
        BpmnAwareTests.assertThat(taskAt(referral, "unit-decision")).hasCandidateGroup("coordinator@consultorio-d4")
                .hasDueDate(Date.from(MONDAY_MORNING.plus(15, ChronoUnit.DAYS)));
        assertThat(referrals.get(referralId(referral)).getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(referrals.get(referralId(referral)).justification()).get().extracting(Justification::getConsentId)
                .isEqualTo(consentId);

        complete(referral, "unit-decision", "anna.rizzo", Map.of("decision", "accept", "acceptNote", "Referente: dott.ssa Prova."));
        BpmnAwareTests.assertThat(referral).isWaitingAt("answer-review", "collaboration-update");
        BpmnAwareTests.assertThat(taskAt(referral, "answer-review")).isAssignedTo(SENDER);
        complete(referral, "answer-review", SENDER, Map.of("answerSeen", "true"));
        complete(referral, "collaboration-update", "anna.rizzo", Map.of("collaborationAction", "update",
                "updateText", "Primo colloquio svolto."));
        BpmnAwareTests.assertThat(referral).isWaitingAt("update-review", "collaboration-update");
        complete(referral, "update-review", SENDER, Map.of("updateSeen", "true"));
        complete(referral, "collaboration-update", "anna.rizzo", Map.of("collaborationAction", "close",
                "updateText", "Percorso concluso."));
        complete(referral, "update-review", SENDER, Map.of("updateSeen", "true"));

        BpmnAwareTests.assertThat(referral).isEnded().hasPassed("answer-read", "collaboration-closed", "update-read");
        Referral closed = referrals.get(referralId(referral));
        assertThat(closed.getStatus()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(closed.entries()).extracting(ReferralEntry::getKind).containsExactly(
                ReferralEntry.Kind.ACCEPTANCE, ReferralEntry.Kind.UPDATE, ReferralEntry.Kind.CLOSURE);
        assertThat(closed.entries()).extracting(ReferralEntry::getAuthor).containsOnly("anna.rizzo");
        assertThat(fixture.outcome(referral)).isEqualTo("accepted");
    }

    @Test
    void theUnitDeclinesWithItsReason() {
        ProcessInstance referral = start(toService("addiction-service"), consentGivenToday());
        BpmnAwareTests.assertThat(taskAt(referral, "unit-decision")).hasCandidateGroup("coordinator@serd-d4");
        String decision = taskAt(referral, "unit-decision").getId();

        assertThatThrownBy(() -> tasks.complete(decision, "anna.rizzo", Map.of("decision", "decline")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactly("declineReason error.form.required"));
        complete(referral, "unit-decision", "anna.rizzo", Map.of("decision", "decline",
                "declineReason", "La persona è già seguita dal SerD di un altro distretto."));
        BpmnAwareTests.assertThat(referral).hasPassed("collaboration-declined").isWaitingAt("answer-review");
        complete(referral, "answer-review", SENDER, Map.of("answerSeen", "true"));

        BpmnAwareTests.assertThat(referral).isEnded().hasNotPassed("collaboration-update");
        Referral declined = referrals.get(referralId(referral));
        assertThat(declined.getStatus()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(declined.entries()).extracting(ReferralEntry::getText)
                .containsExactly("La persona è già seguita dal SerD di un altro distretto.");
        assertThat(fixture.outcome(referral)).isEqualTo("declined");
    }

    @Test
    void sendsALetterToAnExternalBodyAndRecordsItsAnswer() {
        ProcessInstance referral = start(toExternalBody("school", "Istituto comprensivo di Prova"), consentGivenToday());

        BpmnAwareTests.assertThat(referral).hasPassed("produce-letter").isWaitingAt("external-answer");
        BpmnAwareTests.assertThat(taskAt(referral, "external-answer")).isAssignedTo(SENDER)
                .hasDueDate(Date.from(MONDAY_MORNING.plus(30, ChronoUnit.DAYS)));
        String letter = referrals.get(referralId(referral)).letter().orElseThrow();
        assertThat(letter).contains("Spett.le Istituto comprensivo di Prova", "Prova Invio, nata/o il 20/05/1984", REASON,
                "La persona ha dato il consenso a comunicarvi i suoi dati per questa richiesta il 02/03/2026",
                "Marco Ferro", "L'operatore di riferimento");
        assertThat(consents.inForce(fixture.personOf(caseId), BodyCategory.SCHOOL,
                LocalDate.of(2026, 3, 2))).hasSize(1);

        complete(referral, "external-answer", SENDER, Map.of("decision", "accept", "answeredOn", "2026-03-10",
                "answerText", "La scuola attiva un incontro con la famiglia."));

        BpmnAwareTests.assertThat(referral).isEnded().hasPassed("external-answer-recorded");
        Referral answered = referrals.get(referralId(referral));
        assertThat(answered.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(answered.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.getAnsweredOn()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(entry.getAuthor()).isEqualTo(SENDER);
        });
        assertThat(fixture.outcome(referral)).isEqualTo("accepted");
    }

    @Test
    void remindsTheSenderWhenTheExternalBodyDoesNotAnswerInTime() {
        ProcessInstance referral = start(toExternalBody("juvenile-court", "Tribunale per i minorenni di Venezia"),
                legalBasis("court-order", "Decreto n. 123/2026 del Tribunale per i minorenni di Venezia."));
        assertThat(referrals.get(referralId(referral)).letter().orElseThrow())
                .contains("senza il consenso della persona", "Decreto n. 123/2026");

        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plus(30, ChronoUnit.DAYS).plusSeconds(1)));
        execute(job(referral));

        BpmnAwareTests.assertThat(referral).isWaitingAt("external-answer", "external-reminder");
        BpmnAwareTests.assertThat(taskAt(referral, "external-reminder")).isAssignedTo(SENDER);
        complete(referral, "external-reminder", SENDER, Map.of("reminderText", "Sollecito via PEC alla cancelleria."));

        BpmnAwareTests.assertThat(referral).hasPassed("reminder-recorded").isWaitingAt("external-answer");
        assertThat(referrals.get(referralId(referral)).entries()).extracting(ReferralEntry::getKind)
                .containsExactly(ReferralEntry.Kind.REMINDER);
        assertThat(referrals.get(referralId(referral)).getStatus()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void refusesAReferralForLackOfConsentUntilTheSenderWithdrawsIt() {
        consentFor(ConsentRecipient.unit("serd-d4"), LocalDate.of(2026, 2, 20), null);
        ProcessInstance referral = start(toService("mental-health"), consentOnRecord());

        BpmnAwareTests.assertThat(referral).hasPassed("check-justification").isWaitingAt("record-justification")
                .hasNotPassed("send-to-unit");
        BpmnAwareTests.assertThat(taskAt(referral, "record-justification")).isAssignedTo(SENDER);
        assertThat(referrals.get(referralId(referral)).getStatus()).isEqualTo(ReferralStatus.REQUESTED);
        String justification = taskAt(referral, "record-justification").getId();
        assertThatThrownBy(() -> tasks.complete(justification, SENDER, consentOnRecord()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactly("justification error.referral.not-justified"));

        complete(referral, "record-justification", SENDER, Map.of("justification", "withdraw",
                "withdrawReason", "La persona non acconsente all'invio al CSM."));

        BpmnAwareTests.assertThat(referral).isEnded().hasPassed("referral-withdrawn").hasNotPassed("unit-decision");
        assertThat(taskQuery().taskDefinitionKey("unit-decision").processInstanceId(referral.getId()).count()).isZero();
        assertThat(referrals.get(referralId(referral)).getStatus()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(fixture.outcome(referral)).isEqualTo("refused");
    }

    @Test
    void sendsOnceTheSenderRecordsTheConsentDuringTheProcess() {
        ProcessInstance referral = start(toService("developmental-age"), consentOnRecord());
        BpmnAwareTests.assertThat(referral).isWaitingAt("record-justification");

        complete(referral, "record-justification", SENDER, consentGivenToday());

        BpmnAwareTests.assertThat(referral).hasPassed("is-withdrawn", "send-to-unit").hasNotPassed("referral-withdrawn").isWaitingAt("unit-decision");
        BpmnAwareTests.assertThat(taskAt(referral, "unit-decision")).hasCandidateGroup("coordinator@eta-evolutiva-d4");
        Long consentId = referrals.get(referralId(referral)).justification().orElseThrow().getConsentId();
        assertThat(consents.get(consentId).recipient()).isEqualTo(ConsentRecipient.unit("eta-evolutiva-d4"));
        assertThat(consents.get(consentId).getRecordedBy()).isEqualTo(SENDER);
    }

    @Test
    void sendsOnALegalBasisWithItsReason() {
        long before = processInstanceQuery().processDefinitionKey("referral").count();
        assertThatThrownBy(() -> start(toService("child-protection"), Map.of("justification", "legal-basis",
                "legalBasis", "child-protection")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactly("legalBasisReason error.form.required"));
        assertThat(processInstanceQuery().processDefinitionKey("referral").count()).isEqualTo(before);

        ProcessInstance referral = start(toService("child-protection"), legalBasis("child-protection",
                "Minore in grave pregiudizio: collocamento urgente ai sensi dell'art. 403 c.c."));

        BpmnAwareTests.assertThat(referral).isWaitingAt("unit-decision");
        BpmnAwareTests.assertThat(taskAt(referral, "unit-decision")).hasCandidateGroup("coordinator@tutela-minori");
        Justification justification = referrals.get(referralId(referral)).justification().orElseThrow();
        assertThat(justification.getLegalBasis()).isEqualTo(LegalBasis.CHILD_PROTECTION);
        assertThat(justification.getReason()).contains("art. 403 c.c.");
    }

    @Test
    void routesAReferralToTheSocialServiceOfAnotherComune() {
        ProcessInstance referral = start(Map.of("targetKind", "unit", "targetService", "social-work",
                "targetComune", "028032", "targetArea", "poverty-adults"), legalBasis("public-task", "Trasferimento di residenza."));

        BpmnAwareTests.assertThat(taskAt(referral, "unit-decision")).hasCandidateGroup("coordinator@servizi-sociali-028032");
        assertThat(referrals.get(referralId(referral)).target().unitCode()).isEqualTo("servizi-sociali-028032");
    }

    /**
     * The contract of {@code referral} as a call activity of {@code social-case}, checked with a test-only parent
     * process: in caseId, personId, comune, area, caseManager, referralTarget (unit code or external),
     * referralReason; out referralOutcome (accepted, declined or refused).
     */
    @Nested
    class CalledByACase {

        @BeforeEach
        void deployTheCaller() {
            repositoryService.createDeployment().name("referral-caller")
                    .addClasspathResource("processes-test/referral-caller.bpmn").deploy();
        }

        @Test
        void asksTheCaseManagerForTheJustificationAndGivesTheAnswerBack() {
            ProcessInstance caller = call("serd-d4");
            ProcessInstance referral = calledBy(caller);

            BpmnAwareTests.assertThat(referral).hasPassed("register-request").isWaitingAt("record-justification");
            BpmnAwareTests.assertThat(taskAt(referral, "record-justification")).isAssignedTo(SENDER);
            Referral requested = referrals.get(referralId(referral));
            assertThat(requested.getCaseId()).isEqualTo(caseId);
            assertThat(requested.getSender()).isEqualTo(SENDER);
            assertThat(requested.getReason()).isEqualTo("Sospetto uso problematico di sostanze.");

            complete(referral, "record-justification", SENDER, legalBasis("vital-interest", "Rischio per la salute della persona."));
            complete(referral, "unit-decision", "anna.rizzo", Map.of("decision", "decline", "declineReason", "Non di competenza."));
            complete(referral, "answer-review", SENDER, Map.of("answerSeen", "true"));

            BpmnAwareTests.assertThat(referral).isEnded();
            BpmnAwareTests.assertThat(caller).isWaitingAt("after-referral");
            assertThat(runtimeService.getVariable(caller.getId(), "referralOutcome")).isEqualTo("declined");
        }

        @Test
        void hasTheCaseManagerNameTheExternalBodyAndSendsItTheLetter() {
            ProcessInstance caller = call("external");
            ProcessInstance referral = calledBy(caller);
            BpmnAwareTests.assertThat(referral).isWaitingAt("record-justification");
            String justification = taskAt(referral, "record-justification").getId();

            assertThatThrownBy(() -> tasks.complete(justification, SENDER, consentGivenToday()))
                    .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                            .extracting(problem -> problem.key() + " " + problem.messageCode())
                            .containsExactlyInAnyOrder("externalKind error.form.required", "externalName error.form.required",
                                    "externalAddress error.form.required"));
            complete(referral, "record-justification", SENDER, form(consentGivenToday(), Map.of("externalKind", "third-sector",
                    "externalName", "Cooperativa sociale Prova", "externalAddress", "Via del Volontariato 5, Cittadella")));

            BpmnAwareTests.assertThat(referral).hasPassed("produce-letter").isWaitingAt("external-answer");
            assertThat(referrals.get(referralId(referral)).letter().orElseThrow()).contains("Spett.le Cooperativa sociale Prova");
            complete(referral, "external-answer", SENDER, Map.of("decision", "accept", "answeredOn", "2026-03-05",
                    "answerText", "La cooperativa offre un posto al centro diurno."));

            BpmnAwareTests.assertThat(caller).isWaitingAt("after-referral");
            assertThat(runtimeService.getVariable(caller.getId(), "referralOutcome")).isEqualTo("accepted");
        }

        @Test
        void givesRefusedBackWhenTheCaseManagerWithdrawsTheReferral() {
            ProcessInstance caller = call("csm-d4");
            ProcessInstance referral = calledBy(caller);

            complete(referral, "record-justification", SENDER, Map.of("justification", "withdraw",
                    "withdrawReason", "La persona non dà il consenso."));

            BpmnAwareTests.assertThat(referral).isEnded().hasPassed("referral-withdrawn");
            assertThat(referrals.get(referralId(referral)).getStatus()).isEqualTo(ReferralStatus.WITHDRAWN);
            assertThat(runtimeService.getVariable(caller.getId(), "referralOutcome")).isEqualTo("refused");
        }

        @Test
        void sendsAtOnceWhenAConsentForTheUnitIsAlreadyInForce() {
            consents.record(ConsentTerms.of(fixture.personOf(caseId), ConsentScope.SHARE_SOCIAL_FILE,
                    ConsentRecipient.unit("consultorio-d4"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10),
                    LocalDate.of(2026, 12, 31)), SENDER);
            ProcessInstance referral = calledBy(call("consultorio-d4"));

            BpmnAwareTests.assertThat(referral).hasNotPassed("record-justification").isWaitingAt("unit-decision");
            BpmnAwareTests.assertThat(taskAt(referral, "unit-decision")).hasCandidateGroup("coordinator@consultorio-d4");
        }

        private ProcessInstance call(String target) {
            return runtimeService.startProcessInstanceByKey("referral-caller", "case-" + caseId, Map.of(
                    "caseId", caseId, "personId", fixture.personOf(caseId), "comune", "028019", "area", "family-minors",
                    "caseManager", SENDER, "referralTarget", target, "referralReason", "Sospetto uso problematico di sostanze."));
        }

        private ProcessInstance calledBy(ProcessInstance caller) {
            return processInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
        }
    }

    private Long consentFor(ConsentRecipient recipient, LocalDate from, LocalDate to) {
        return consents.record(ConsentTerms.of(fixture.personOf(caseId), ConsentScope.REFERRAL, recipient, from, from, to),
                SENDER).getId();
    }

    private ProcessInstance start(Map<String, Object> target, Map<String, Object> justification) {
        return processStart.start("referral", SENDER, form(Map.of("caseId", String.valueOf(caseId), "referralReason", REASON),
                target, justification)).processInstance();
    }

    private void complete(ProcessInstance referral, String taskKey, String operator, Map<String, Object> values) {
        tasks.complete(taskAt(referral, taskKey).getId(), operator, values);
    }
}
