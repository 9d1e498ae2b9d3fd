package it.fascicolosociale.workflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.IntakeStatus;
import it.fascicolosociale.intake.Intakes;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.People;
import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.referrals.ReferralStatus;
import it.fascicolosociale.referrals.Referrals;
import it.fascicolosociale.workflow.ProcessStart;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.TaskCompletion;
import it.fascicolosociale.workflow.forms.ProblemMessages;

/** Every path of the intake process (Accesso / segretariato sociale), driven through its forms. */
@IntegrationTest
@Transactional
class IntakeProcessTest {

    private static final String CAMPOSAMPIERO = "028019";
    private static final String VIGONZA = "028100";
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessStart processStart;

    @Autowired
    TaskCompletion tasks;

    @Autowired
    TaskService taskService;

    @Autowired
    Intakes intakes;

    @Autowired
    Cases cases;

    @Autowired
    People people;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    Referrals referrals;

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
    void endsWithInformationAndOrientation() {
        ProcessInstance intake = register(newPerson("Prova", "Informazione"), CAMPOSAMPIERO, "disability", false);

        BpmnAwareTests.assertThat(intake).isWaitingAt("first-interview");
        BpmnAwareTests.assertThat(task(intake)).hasCandidateGroup("social-worker@segretariato-028019");
        tasks.complete(task(intake).getId(), "laura.bianchi", Map.of("interviewNotes", "Colloquio svolto allo sportello.",
                "outcome", "information", "informationGiven", "Indicati i contributi per l'affitto."));

        BpmnAwareTests.assertThat(intake).hasPassed("first-interview").isEnded().hasPassed("information-given");
        assertThat(intakes.get(intakeId(intake)).getStatus()).isEqualTo(IntakeStatus.INFORMED);
    }

    @Test
    void opensTheCaseWithTheCaseManagerTheCoordinatorNames() {
        ProcessInstance intake = register(newPerson("Prova", "Presa"), CAMPOSAMPIERO, "disability", false);
        proposeCase(intake);

        BpmnAwareTests.assertThat(intake).isWaitingAt("case-decision");
        BpmnAwareTests.assertThat(task(intake)).hasCandidateGroup("coordinator@ssp-disabili");
        assertThat(caseManagerOptions(intake)).containsExactly("elena.conte");
        tasks.complete(task(intake).getId(), "giorgio.moretti", Map.of("decision", "accept", "caseManager", "elena.conte"));

        BpmnAwareTests.assertThat(intake).isEnded().hasPassed("case-opened", "intake-closed-with-case");
        Long caseId = intakes.get(intakeId(intake)).getCaseId();
        SocialCase socialCase = cases.get(caseId);
        assertThat(socialCase.getCaseManager()).isEqualTo("elena.conte");
        assertThat(socialCase.getArea().code()).isEqualTo("disability");
        ProcessInstance presaInCarico = processInstanceQuery().processInstanceBusinessKey("case-" + caseId).singleResult();
        BpmnAwareTests.assertThat(presaInCarico).isWaitingAt("first-interview");
        BpmnAwareTests.assertThat(task(presaInCarico)).isAssignedTo("elena.conte");
    }

    @Test
    void endsWhenTheCoordinatorRejectsTheProposal() {
        ProcessInstance intake = register(newPerson("Prova", "Rifiuto"), CAMPOSAMPIERO, "disability", false);
        proposeCase(intake);

        tasks.complete(task(intake).getId(), "giorgio.moretti", Map.of("decision", "reject",
                "rejectionReason", "Il bisogno è già seguito da un altro servizio."));

        BpmnAwareTests.assertThat(intake).isEnded().hasPassed("proposal-rejected");
        assertThat(intakes.get(intakeId(intake)).getStatus()).isEqualTo(IntakeStatus.REJECTED);
        assertThat(intakes.get(intakeId(intake)).getRejectionReason()).isEqualTo("Il bisogno è già seguito da un altro servizio.");
    }

    @Test
    void routesTheDecisionOnAnElderlyPersonOfVigonzaToTheUlss() {
        ProcessInstance intake = register(newPerson("Prova", "Anziana"), VIGONZA, "elderly", false);
        BpmnAwareTests.assertThat(task(intake)).hasCandidateGroup("social-worker@segretariato-028100");
        taskService.addCandidateUser(task(intake).getId(), "laura.bianchi");
        proposeCase(intake);

        BpmnAwareTests.assertThat(task(intake)).hasCandidateGroup("coordinator@anziani-d4");
        assertThat(caseManagerOptions(intake)).containsExactly("paolo.gallo");
    }

    @Test
    void routesTheDecisionOnAMinorOfCittadellaToTheAtsChildProtectionService() {
        ProcessInstance intake = register(newPerson("Prova", "Minore"), "028032", "family-minors", false);
        taskService.addCandidateUser(task(intake).getId(), "laura.bianchi");
        proposeCase(intake);

        BpmnAwareTests.assertThat(task(intake)).hasCandidateGroup("coordinator@tutela-minori");
        assertThat(caseManagerOptions(intake)).containsExactly("marco.ferro");
    }

    @Test
    void refusesACaseManagerTheUnitDoesNotHaveAndChangesNothing() {
        ProcessInstance intake = register(newPerson("Prova", "Scelta"), CAMPOSAMPIERO, "disability", false);
        proposeCase(intake);
        String decision = task(intake).getId();

        assertThatThrownBy(() -> tasks.complete(decision, "giorgio.moretti", Map.of("decision", "accept", "caseManager", "paolo.gallo")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactly("caseManager error.form.option"));
        assertThatThrownBy(() -> tasks.complete(decision, "giorgio.moretti", Map.of("decision", "accept")))
                .isInstanceOf(SubmissionRefusedException.class);

        BpmnAwareTests.assertThat(intake).isWaitingAt("case-decision");
        assertThat(intakes.get(intakeId(intake)).getStatus()).isEqualTo(IntakeStatus.PROPOSED);
    }

    @Test
    void sendsThePersonToAnotherServiceAndStartsTheReferral() {
        ProcessInstance intake = register(newPerson("Prova", "Gioco"), CAMPOSAMPIERO, "addiction", false);

        tasks.complete(task(intake).getId(), "laura.bianchi", referToSerd(Map.of("justification", "record-consent",
                "consentScope", "referral", "consentGivenOn", "2026-03-02", "consentFrom", "2026-03-02")));

        BpmnAwareTests.assertThat(intake).isEnded().hasPassed("referral-started", "intake-referred");
        assertThat(intakes.get(intakeId(intake)).getStatus()).isEqualTo(IntakeStatus.REFERRED);
        Referral referral = referrals.ofPerson(intakes.get(intakeId(intake)).getPersonId()).get(0);
        assertThat(referral.getIntakeId()).isEqualTo(intakeId(intake));
        assertThat(referral.getSender()).isEqualTo("laura.bianchi");
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
        ProcessInstance invio = processInstanceQuery().processInstanceBusinessKey("referral-" + referral.getId()).singleResult();
        BpmnAwareTests.assertThat(invio).hasPassed("referral-requested").isWaitingAt("unit-decision");
        BpmnAwareTests.assertThat(task(invio)).hasCandidateGroup("coordinator@serd-d4");
    }

    @Test
    void refusesAReferralWithoutItsTargetAndChangesNothing() {
        ProcessInstance intake = register(newPerson("Prova", "Senza"), CAMPOSAMPIERO, "addiction", false);
        Map<String, Object> withoutTarget = new HashMap<>(referToSerd(Map.of("justification", "consent")));
        withoutTarget.remove("targetService");

        assertThatThrownBy(() -> tasks.complete(task(intake).getId(), "laura.bianchi", withoutTarget))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactly("targetService error.form.required"));

        BpmnAwareTests.assertThat(intake).isWaitingAt("first-interview");
        assertThat(intakes.get(intakeId(intake)).getStatus()).isEqualTo(IntakeStatus.REGISTERED);
        assertThat(referrals.ofPerson(intakes.get(intakeId(intake)).getPersonId())).isEmpty();
    }

    @Test
    void escalatesAnUrgentContactNotHandledInTimeToTheCoordinator() {
        ProcessInstance intake = register(newPerson("Prova", "Urgente"), CAMPOSAMPIERO, "family-minors", true);
        assertThat(task(intake).getDueDate()).isEqualTo(Date.from(MONDAY_MORNING.plus(1, ChronoUnit.DAYS)));

        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plus(4, ChronoUnit.HOURS).plusSeconds(1)));
        execute(job(intake));

        BpmnAwareTests.assertThat(intake).isWaitingAt("first-interview", "urgent-escalation");
        org.camunda.bpm.engine.task.Task escalation = taskQuery().taskDefinitionKey("urgent-escalation").singleResult();
        BpmnAwareTests.assertThat(escalation).hasCandidateGroup("coordinator@ssp-minori");
        tasks.complete(escalation.getId(), "giorgio.moretti", Map.of("actionTaken", "Chiamata l'assistente sociale di turno."));
        BpmnAwareTests.assertThat(intake).hasPassed("escalation-handled").isWaitingAt("first-interview");
    }

    @Test
    void doesNotEscalateAnOrdinaryContact() {
        ProcessInstance intake = register(newPerson("Prova", "Ordinaria"), CAMPOSAMPIERO, "family-minors", false);
        assertThat(task(intake).getDueDate()).isEqualTo(Date.from(MONDAY_MORNING.plus(15, ChronoUnit.DAYS)));

        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plus(5, ChronoUnit.HOURS)));
        execute(job(intake));

        BpmnAwareTests.assertThat(intake).hasPassed("no-escalation").isWaitingAt("first-interview");
        assertThat(taskQuery().taskDefinitionKey("urgent-escalation").processInstanceId(intake.getId()).count()).isZero();
    }

    @Test
    void findsAKnownPersonByCodiceFiscaleInsteadOfRegisteringThemAgain() {
        Map<String, Object> person = newPerson("Prova", "Nota");
        person.put("codiceFiscale", "NTOPRV80A41L900V");
        person.put("birthDate", "1980-01-01");
        person.put("sex", "F");
        ProcessInstance first = register(person, VIGONZA, "poverty-adults", false);
        ProcessInstance second = register(Map.of("codiceFiscale", "NTOPRV80A41L900V"), VIGONZA, "poverty-adults", false);

        assertThat(intakes.get(intakeId(second)).getPersonId()).isEqualTo(intakes.get(intakeId(first)).getPersonId());
        assertThat(people.findByCodiceFiscale(new CodiceFiscale("NTOPRV80A41L900V"))).isPresent();
    }

    @Test
    void refusesAStartFormThatDoesNotIdentifyThePersonAndStartsNothing() {
        long before = processInstanceQuery().processDefinitionKey("intake").count();

        assertThatThrownBy(() -> register(Map.of("firstName", "Senza", "lastName", "Codice", "sex", "M",
                "birthDate", "1990-05-05"), CAMPOSAMPIERO, "addiction", false))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactly("missingFiscalCodeReason error.person.cf-reason-required"));

        assertThat(processInstanceQuery().processDefinitionKey("intake").count()).isEqualTo(before);
    }

    @Test
    void explainsEachRefusedFieldInItalian() {
        SubmissionRefusedException refused = org.assertj.core.api.Assertions.catchThrowableOfType(SubmissionRefusedException.class,
                () -> processStart.start("intake", "laura.bianchi", Map.of("comune", "028019", "channel", "pigeon",
                        "requesterKind", "relative")));

        assertThat(ProblemMessages.inItalian(refused.problems(), messages))
                .containsEntry("channel", "Canale: il valore «pigeon» non è tra quelli ammessi.")
                .containsEntry("need", "Bisogno espresso: campo obbligatorio.")
                .containsEntry("area", "Area di utenza: campo obbligatorio.")
                .containsEntry("requesterDescription", "Richiedente: campo obbligatorio.");
    }

    private ProcessInstance register(Map<String, Object> person, String comune, String area, boolean urgent) {
        Map<String, Object> form = new HashMap<>(person);
        form.putAll(Map.of("comune", comune, "area", area, "channel", "desk", "requesterKind", "self",
                "need", "Chiede un sostegno.", "urgent", String.valueOf(urgent)));
        return processStart.start("intake", "laura.bianchi", form).processInstance();
    }

    private void proposeCase(ProcessInstance intake) {
        tasks.complete(task(intake).getId(), "laura.bianchi", Map.of("interviewNotes", "Situazione complessa.",
                "outcome", "case-proposal", "proposalReason", "Serve un progetto personalizzato."));
    }

    private static Map<String, Object> referToSerd(Map<String, Object> justification) {
        Map<String, Object> form = new HashMap<>(justification);
        form.putAll(Map.of("interviewNotes", "Chiede aiuto per il gioco d'azzardo.", "outcome", "referral",
                "targetKind", "unit", "targetService", "addiction-service",
                "referralReason", "Gioco d'azzardo problematico: chiede un percorso al SerD."));
        return form;
    }

    @SuppressWarnings("unchecked")
    private List<String> caseManagerOptions(ProcessInstance intake) {
        List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariableLocal(task(intake).getId(),
                CaseManagerCandidates.OPTIONS);
        return options.stream().map(option -> option.get("value")).toList();
    }

    private static Map<String, Object> newPerson(String firstName, String lastName) {
        Map<String, Object> person = new HashMap<>();
        person.putAll(Map.of("firstName", firstName, "lastName", lastName, "sex", "F", "birthDate", "1970-06-15",
                "missingFiscalCodeReason", "NOT_DISCLOSED"));
        return person;
    }

    /** The accesso of an intake process, from its business key {@code intake-<id>}. */
    private static Long intakeId(ProcessInstance intake) {
        return Long.valueOf(intake.getBusinessKey().substring("intake-".length()));
    }
}
