package it.fascicolosociale.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine REST API and the Camunda webapps on a real server: nothing without signing in, deployment
 * (what the Camunda Modeler's deploy button calls) only for process designers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineWebSecurityTest {

    private static final String PASSWORD = SignedInClient.PASSWORD;
    private static final String BOUNDARY = "fascicolo-boundary";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void engineRestApiRefusesAnonymousCallersWithAChallenge() throws Exception {
        HttpResponse<String> response = send(get("/engine-rest/process-definition"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void engineRestApiAnswersSignedInOperators() throws Exception {
        HttpResponse<String> response = send(basic(get("/engine-rest/process-definition?key=routing-smoke"), "laura.bianchi"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"key\":\"routing-smoke\"");
    }

    /** The null character PostgreSQL cannot store: refused before the engine queries, in the URL or in a JSON body. */
    @Test
    void engineRestApiRefusesControlCharactersWithoutAServerError() throws Exception {
        HttpResponse<String> inTheUrl = send(basic(get("/engine-rest/process-instance?businessKey=case-%00"), "laura.bianchi"));
        HttpResponse<String> inTheBody = send(basic(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/process-instance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"businessKey\":\"case-\\u0000\"}")), "laura.bianchi"));

        for (HttpResponse<String> response : List.of(inTheUrl, inTheBody)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("caratteri di controllo").doesNotContainIgnoringCase("select")
                    .doesNotContainIgnoringCase("exception");
        }
    }

    @Test
    void engineRestApiRefusesWrongPasswords() throws Exception {
        HttpRequest.Builder request = get("/engine-rest/process-definition")
                .header("Authorization", "Basic " + base64("laura.bianchi:not-her-password"));

        assertThat(send(request).statusCode()).isEqualTo(401);
    }

    @Test
    void processDesignersDeployFromTheModeler() throws Exception {
        HttpResponse<String> response = send(basic(deployment("designer-deploy"), "davide.marin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("designer-deploy").count()).isOne();
    }

    @Test
    void otherRolesCannotDeploy() throws Exception {
        assertThat(send(basic(deployment("social-worker-deploy"), "laura.bianchi")).statusCode()).isEqualTo(403);
        assertThat(send(basic(deployment("director-deploy"), "roberto.marchi")).statusCode()).isEqualTo(403);
        assertThat(send(deployment("anonymous-deploy")).statusCode()).isEqualTo(401);
        for (String refused : new String[] {"social-worker-deploy", "director-deploy", "anonymous-deploy"}) {
            assertThat(repositoryService.createDeploymentQuery().deploymentName(refused).count()).as(refused).isZero();
        }
    }

    /** HTTP Basic is a password alone: accounts with a second factor (coordinators, admins, DPO) cannot use it. */
    @Test
    void accountsWithASecondFactorCannotUseHttpBasic() throws Exception {
        assertThat(send(basic(deployment("coordinator-deploy"), "giorgio.moretti")).statusCode()).isEqualTo(401);
        assertThat(send(basic(deployment("admin-deploy"), "stefano.costa")).statusCode()).isEqualTo(401);
        assertThat(send(basic(get("/engine-rest/process-definition"), "federica.rinaldi")).statusCode()).isEqualTo(401);
        assertThat(send(basic(get("/api/v1/kpi"), "giorgio.moretti")).statusCode()).isEqualTo(401);
        for (String refused : new String[] {"coordinator-deploy", "admin-deploy"}) {
            assertThat(repositoryService.createDeploymentQuery().deploymentName(refused).count()).as(refused).isZero();
        }
    }

    @Test
    void webappsAskAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> response = send(get("/camunda/app/tasklist/default/").header("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void webappsOpenToSignedInOperatorsByRole() throws Exception {
        HttpClient socialWorker = signedIn("laura.bianchi");
        HttpClient designer = signedIn("davide.marin");
        HttpClient administrator = signedIn("stefano.costa");

        assertThat(status(socialWorker, "/camunda/app/tasklist/default/")).isEqualTo(403);
        assertThat(status(designer, "/camunda/app/tasklist/default/")).isEqualTo(403);
        assertThat(status(socialWorker, "/camunda/app/cockpit/default/")).isEqualTo(403);
        assertThat(status(socialWorker, "/camunda/app/admin/default/")).isEqualTo(403);
        assertThat(status(designer, "/camunda/app/cockpit/default/")).isEqualTo(200);
        assertThat(status(designer, "/camunda/app/admin/default/")).isEqualTo(403);
        assertThat(status(administrator, "/camunda/app/admin/default/")).isEqualTo(200);
    }

    @Test
    void webappsKeepTheirOwnContentSecurityPolicy() throws Exception {
        HttpClient operator = signedIn("laura.bianchi");

        HttpResponse<String> welcome = operator.send(get("/camunda/app/welcome/default/").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> home = operator.send(get("/").header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(welcome.statusCode()).isEqualTo(200);
        assertThat(welcome.headers().allValues("Content-Security-Policy")).isNotEmpty()
                .doesNotContain(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(home.headers().allValues("Content-Security-Policy")).containsExactly(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }

    @Test
    void webappsKnowTheSignedInOperatorWithoutASecondLogin() throws Exception {
        HttpClient coordinator = signedIn("giorgio.moretti");
        status(coordinator, "/camunda/app/cockpit/default/");

        HttpResponse<String> user = coordinator.send(get("/camunda/api/admin/auth/user/default").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"giorgio.moretti\"");
    }

    /** Their own login form would be a password check beside ours, without lockout or second factor. */
    @Test
    void webappsOwnPasswordLoginIsClosed() throws Exception {
        SignedInClient operator = new SignedInClient(port);
        operator.signIn("davide.marin");
        operator.get("/camunda/app/cockpit/default/");
        String csrfToken = operator.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElse("");
        HttpResponse<String> login = operator.client().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString("username=giorgio.moretti&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(403);
    }

    /**
     * A task is completed, and a process started, only through the application, which checks the form, records the
     * submission and the access, and maps it onto the domain: never directly through the engine's APIs, by anyone.
     */
    @Test
    void theEngineApisNeitherCompleteTasksNorStartProcesses() throws Exception {
        for (String action : ENGINE_ACTIONS) {
            for (String operator : new String[] {"laura.bianchi", "davide.marin"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + action))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
                assertThat(send(basic(request, operator)).statusCode()).as(operator + " " + action).isEqualTo(403);
            }
        }
        SignedInClient designer = new SignedInClient(port);
        designer.signIn("davide.marin");
        designer.get("/camunda/app/cockpit/default/");
        String csrfToken = designer.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElse("");
        for (String action : ENGINE_ACTIONS) {
            HttpResponse<String> answer = designer.client().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/camunda/api/engine/engine/default" + action))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("webapp API " + action).isEqualTo(403);
        }
    }

    private static final String[] ENGINE_ACTIONS = {"/task/a-task/complete", "/task/a-task/submit-form", "/task/a-task/resolve",
        "/process-definition/key/intake/start", "/process-definition/key/intake/submit-form",
        "/process-definition/some-id/start", "/message", "/signal"};

    @Test
    void webappsDeployOnlyForProcessDesignersToo() throws Exception {
        assertThat(webappDeploy("giorgio.moretti", "coordinator-webapp-deploy").statusCode()).isEqualTo(403);
        assertThat(webappDeploy("davide.marin", "designer-webapp-deploy").statusCode()).isEqualTo(200);
        assertThat(repositoryService.createDeploymentQuery().deploymentNameLike("%-webapp-deploy").list())
                .extracting(org.camunda.bpm.engine.repository.Deployment::getName)
                .containsExactly("designer-webapp-deploy");
    }

    /** A deployment through the webapps' own engine API, with the session and the webapps' CSRF token. */
    private HttpResponse<String> webappDeploy(String username, String deploymentName) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = signedIn(username, cookies);
        status(client, "/camunda/app/cockpit/default/");
        String csrfToken = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue)
                .findFirst().orElse("");
        HttpRequest.Builder request = deployment(deploymentName)
                .uri(URI.create("http://localhost:" + port + "/camunda/api/engine/engine/default/deployment/create"))
                .header("X-XSRF-TOKEN", csrfToken);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signedIn(String username) throws IOException, InterruptedException {
        return signedIn(username, new CookieManager());
    }

    private HttpClient signedIn(String username, CookieManager cookies) throws IOException, InterruptedException {
        SignedInClient client = new SignedInClient(port, cookies);
        client.signIn(username);
        return client.client();
    }

    private int status(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(get(path).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder deployment(String name) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start" />
                  </bpmn:process>
                </bpmn:definitions>""".formatted(name);
        String body = part("deployment-name", name) + part("deployment-source", "Camunda Modeler")
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name + ".bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + BOUNDARY + "--\r\n";
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String username) {
        return request.header("Authorization", "Basic " + base64(username + ":" + PASSWORD));
    }

    private static String base64(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
