package it.fascicolosociale.tasks.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

import it.fascicolosociale.workflow.ProcessStart;
import it.fascicolosociale.workflow.TaskCompletion;

/**
 * Work on the task list, made as the operators make it: accessi registered by the front office of Camposampiero
 * (laura.bianchi), proposed for presa in carico, accepted by the coordinator (giorgio.moretti). Synthetic people.
 */
@Component
class Work {

    static final String CAMPOSAMPIERO = "028019";
    static final String VIGONZA = "028100";
    static final String TEST_PROCESS = "task-page-test";

    private final ProcessStart processStart;
    private final TaskCompletion completion;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    Work(ProcessStart processStart, TaskCompletion completion, TaskService taskService, RuntimeService runtimeService,
         RepositoryService repositoryService) {
        this.processStart = processStart;
        this.completion = completion;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    /** An accesso of a new person; the id of its first interview, offered to the front office of the comune. */
    String intake(String firstName, String lastName, String comune, String area) {
        Map<String, Object> form = new HashMap<>(Map.of("firstName", firstName, "lastName", lastName, "sex", "F",
                "birthDate", "1970-06-15", "missingFiscalCodeReason", "NOT_DISCLOSED", "comune", comune, "area", area,
                "channel", "desk", "requesterKind", "self", "need", "Chiede un sostegno."));
        String instance = processStart.start("intake", "laura.bianchi", form).processInstance().getId();
        return taskOf(instance).getId();
    }

    /** The first interview proposes a presa in carico; the id of the coordinator's decision. */
    String proposeCase(String firstInterview) {
        String instance = task(firstInterview).getProcessInstanceId();
        completion.complete(firstInterview, "laura.bianchi", Map.of("interviewNotes", "Situazione complessa.",
                "outcome", "case-proposal", "proposalReason", "Serve un progetto personalizzato."));
        return taskOf(instance).getId();
    }

    /** The coordinator accepts, naming the case manager; the case's first interview, assigned to them. */
    Task acceptCase(String decision, String caseManager) {
        String intakeKey = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task(decision).getProcessInstanceId()).singleResult().getBusinessKey();
        completion.complete(decision, "giorgio.moretti", Map.of("decision", "accept", "caseManager", caseManager));
        return taskService.createTaskQuery().taskAssignee(caseManager).active().orderByTaskCreateTime().desc().list().stream()
                .filter(task -> !intakeKey.equals(businessKey(task))).findFirst().orElseThrow();
    }

    void due(String taskId, Instant due) {
        Task task = task(taskId);
        task.setDueDate(due == null ? null : Date.from(due));
        taskService.saveTask(task);
    }

    void assign(String taskId, String operator) {
        taskService.setAssignee(taskId, operator);
    }

    Task task(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult();
    }

    Map<String, Object> variables(String taskId) {
        return taskService.getVariables(taskId);
    }

    /**
     * A one-task process whose form has every kind of component (forms-test/task-page.form), offered to the front
     * office of Camposampiero, started with the variables given; the id of its task.
     */
    String testTask(Map<String, Object> variables) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(TEST_PROCESS).count() == 0) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(TEST_PROCESS).name("Processo di prova")
                    .camundaHistoryTimeToLive(1).startEvent().userTask("fill").name("Compila il modulo di prova")
                    .camundaFormRef("task-page").camundaFormRefBinding("latest")
                    .camundaCandidateGroups("social-worker@segretariato-" + CAMPOSAMPIERO)
                    .endEvent().done();
            try (InputStream form = getClass().getResourceAsStream("/forms-test/task-page.form")) {
                repositoryService.createDeployment().name(TEST_PROCESS).addModelInstance(TEST_PROCESS + ".bpmn", model)
                        .addInputStream("task-page.form", form).deploy();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        String instance = runtimeService.startProcessInstanceByKey(TEST_PROCESS, TEST_PROCESS + "-" + java.util.UUID.randomUUID(),
                variables).getId();
        return taskOf(instance).getId();
    }

    private Task taskOf(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).active().singleResult();
    }

    private String businessKey(Task task) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }
}
