package it.fascicolosociale.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import it.fascicolosociale.workflow.cases.OpenCases;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/**
 * A coordinator's change needs no Java: the process designer deploys a changed presa in carico through the
 * engine REST API, as the Camunda Modeler does (an approval by the responsabile d'area for the family and
 * minors area, and a new field on the first interview form). New cases follow it; a case already running
 * finishes on the version it started with. Runs in the browser journeys' configuration (an embedded database of its
 * own, see browser.BrowserJourney): the engine REST API of a second started web application in the same JVM
 * answered for another application's engine, so the test shares the journeys' started application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
@ActiveProfiles("test")
class ProcessAgilityTest {

    private static final String BOUNDARY = "agility-boundary";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskCompletion tasks;

    @Autowired
    DeployedForms forms;

    @Autowired
    OpenCases openCases;

    private String deploymentId;

    @AfterEach
    void removeTheChangedVersion() {
        if (deploymentId != null) {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void newCasesFollowTheRedesignedProcessWhileRunningOnesFinishOnTheirVersion() throws Exception {
        OpenCase before = openCases.open("028019", "family-minors", "marco.ferro");
        int versionBefore = definitionOf(before.process()).getVersion();

        HttpResponse<String> deployed = deployChangedSocialCaseAs("davide.marin");
        assertThat(deployed.statusCode()).isEqualTo(200);
        deploymentId = idOf(deployed.body());

        OpenCase after = openCases.open("028019", "family-minors", "marco.ferro");
        assertThat(definitionOf(after.process()).getVersion()).isEqualTo(versionBefore + 1);
        assertThat(forms.ofTask(taskOf(after).getId()).input("interpreterNeeded")).as("the new field").isPresent();

        interviewAndAssess(after, Map.of("interpreterNeeded", "true"));
        Task approval = taskOf(after);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("assessment-approval");
        assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(link -> link.getGroupId())
                .contains("area-manager@ssp-minori");
        tasks.complete(approval.getId(), "chiara.longo", Map.of("assessmentRemarks", "Valutazione completa."));
        assertThat(taskOf(after).getTaskDefinitionKey()).isEqualTo("draft-plan");

        interviewAndAssess(before, Map.of());
        assertThat(taskOf(before).getTaskDefinitionKey()).as("the running case keeps its version").isEqualTo("draft-plan");
        assertThat(definitionOf(before.process()).getVersion()).isEqualTo(versionBefore);
    }

    private void interviewAndAssess(OpenCase openCase, Map<String, Object> extra) {
        Map<String, Object> interview = new java.util.HashMap<>(Map.of("interviewDate", "2026-04-03", "place", "office",
                "summary", "Colloquio in sede."));
        interview.putAll(extra);
        tasks.complete(taskOf(openCase).getId(), "marco.ferro", interview);
        tasks.complete(taskOf(openCase).getId(), "marco.ferro", Map.of("problemAreas", List.of("education"),
                "situation", "Difficoltà scolastiche.", "conclusions", "Serve un progetto educativo.", "uvmdNeeded", "false"));
    }

    private Task taskOf(OpenCase openCase) {
        return taskService.createTaskQuery().processInstanceId(openCase.process().getId()).singleResult();
    }

    private ProcessDefinition definitionOf(ProcessInstance instance) {
        return repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
    }

    private HttpResponse<String> deployChangedSocialCaseAs(String designer) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder()
                .append(part("deployment-name", "agility-test"))
                .append(part("deployment-source", "Camunda Modeler"));
        for (String file : List.of("social-case.bpmn", "case-first-interview.form", "case-assessment-approval.form")) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(file)
                    .append("\"; filename=\"").append(file).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .append(Files.readString(Path.of("src/test/resources/agility", file))).append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        String credentials = Base64.getEncoder().encodeToString((designer + ":Fascicolo-Demo-2026").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String idOf(String deploymentJson) {
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(deploymentJson);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
