package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import it.fascicolosociale.privacy.AccessPolicy.Account;
import it.fascicolosociale.privacy.AccessPolicy.Outcome;
import it.fascicolosociale.privacy.AccessPolicy.Relation;
import it.fascicolosociale.privacy.AccessPolicy.Row;
import it.fascicolosociale.privacy.MatrixFiles.File;

/**
 * The access matrix: every endpoint of the application (HTML and JSON) asked by a demo account of every role and
 * anonymously, about a file of each relation to the account, on a running server; each answer compared with the
 * declared {@link AccessPolicy}, each refusal with the answer about a missing file, and the access log with what the
 * answer should have written; every answer is also scanned for the canaries of the files ({@link CanaryScan}) and
 * checked for its security headers ({@link SecurityHeaderCheck}). Requests come as from production's HTTPS proxy
 * (production's forwarded-header strategy, {@code X-Forwarded-Proto: https}). Camunda's own /camunda and /engine-rest are not Spring MVC endpoints of the
 * application and are covered by EngineWebSecurityTest. Runs in the browser journeys' configuration (an embedded
 * database of its own): its files are committed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=", "server.forward-headers-strategy=framework"})
@ActiveProfiles("test")
class AccessMatrixTest {

    /** No file has these: the answers about them are those of a missing record. */
    static final File MISSING = new File(2_000_000_000L, 2_000_000_000L, 2_000_000_000L,
            "00000000-0000-0000-0000-000000000000", "Inesistente");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MatrixFiles files;

    @Autowired
    AccessLogRows log;

    @Autowired
    JdbcClient jdbc;

    private CanaryScan canaries;
    private SecurityHeaderCheck headers;

    @Test
    void everyEndpointHasOnePolicyRowAndEveryRowAnEndpoint() {
        Set<String> mapped = endpoints();
        List<String> declared = AccessPolicy.ROWS.stream().map(Row::endpoint).toList();

        assertThat(declared).as("policy rows declared twice").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(mapped)).as("endpoints without a policy row").isSubsetOf(declared);
        assertThat(new TreeSet<>(declared)).as("policy rows without an endpoint").isSubsetOf(mapped);
    }

    @Test
    void everyAnswerIsTheDeclaredOneWithItsAccessLogNoFieldItShouldNotShowAndItsSecurityHeaders() throws Exception {
        Map<String, String> ids = configurationIds();
        List<String> mismatches = new ArrayList<>();
        canaries = new CanaryScan();
        headers = new SecurityHeaderCheck();
        int combinations = 0;
        for (Account account : AccessPolicy.ACCOUNTS) {
            MatrixClient client = MatrixClient.of(port, account);
            canaries.startAccount(account, files.relationsTo(account));
            Map<String, Answer> missing = new HashMap<>();
            for (Row row : AccessPolicy.ROWS) {
                for (Relation relation : row.aboutAFile() ? Relation.values() : new Relation[] {Relation.NONE}) {
                    combinations++;
                    String where = row.endpoint() + " | " + account.role() + " | " + relation;
                    check(client, account, row, relation, ids, missing).forEach(mismatch -> mismatches.add(where + ": " + mismatch));
                }
            }
        }
        System.out.printf("Access matrix: %d combinations checked (%d endpoints about a file x %d roles x %d relations"
                        + " + %d endpoints about no file x %d roles)%n", combinations,
                AccessPolicy.ROWS.stream().filter(Row::aboutAFile).count(), AccessPolicy.ACCOUNTS.size(), Relation.values().length,
                AccessPolicy.ROWS.stream().filter(row -> !row.aboutAFile()).count(), AccessPolicy.ACCOUNTS.size());
        System.out.printf("Canaries: %d responses scanned, %d leaks; every one of %d canaries an account may read seen%s%n",
                canaries.scanned(), canaries.leaks().size(), canaries.expected(),
                canaries.unseen().isEmpty() ? "" : " but " + canaries.unseen().size());
        System.out.printf("Security headers: %d responses checked (%d about a file, no-store), %d violations%n",
                headers.checked(), headers.aboutAFile(), headers.violations().size());
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(mismatches).as("answers that differ from the policy").isEmpty();
            softly.assertThat(canaries.leaks()).as("canaries shown to an account the policy does not let read them").isEmpty();
            softly.assertThat(canaries.unseen()).as("canaries an account may read that none of its answers showed").isEmpty();
            softly.assertThat(headers.violations()).as("answers without their security headers").isEmpty();
        });
    }

    /**
     * Fail closed (G5): each route about a file that the policy lets someone use, asked once by the first account it
     * lets through under need-to-know, with the access log unwritable. A route that owes the log a row fails; none
     * shows anything of the file or commits a write.
     */
    @Test
    void everyRouteAboutAFileFailsClosedWhenTheAccessLogCannotBeWritten() throws Exception {
        Map<String, String> ids = configurationIds();
        List<Route> routes = AccessPolicy.ROWS.stream().filter(Row::aboutAFile).flatMap(row -> firstAllowed(row).stream()).toList();
        Map<Account, MatrixClient> clients = new HashMap<>();
        for (Route route : routes) {
            if (!clients.containsKey(route.account())) {
                clients.put(route.account(), MatrixClient.of(port, route.account()));
            }
        }
        files.of(AccessPolicy.ACCOUNTS.get(0), Relation.NONE); // the files are made before the log breaks
        CommittedWrites writes = new CommittedWrites(jdbc);
        List<String> failures = new ArrayList<>();
        try (BrokenAccessLog broken = BrokenAccessLog.in(context)) {
            for (Route route : routes) {
                File file = files.of(route.account(), route.relation());
                long mark = writes.mark();
                Answer answer = clients.get(route.account()).ask(route.row().method(), path(route.row(), file, ids));
                failures.addAll(route.failuresOf(answer, file, writes.since(mark)));
            }
        }
        System.out.printf("Fail-closed: %d routes checked (%d of them owe the access log a row)%n", routes.size(),
                routes.stream().filter(route -> route.row().logged() != null).count());
        assertThat(failures).as("routes that do not fail closed").isEmpty();
    }

    /** A route about a file, asked by an account of a relation to the file that the policy lets read it. */
    private record Route(Row row, Account account, Relation relation) {

        List<String> failuresOf(Answer answer, File file, long committedWrites) {
            String where = row.endpoint() + " | " + account.role() + " | " + relation + ": ";
            List<String> failures = new ArrayList<>();
            if (row.logged() != null && answer.status() / 100 != 5) {
                failures.add(where + "owes the access log a row that cannot be written, yet answered " + answer);
            }
            file.canaries().stream().filter(canary -> answer.body().contains(canary.value()))
                    .forEach(canary -> failures.add(where + "shows the " + canary.field()));
            if (committedWrites > 0) {
                failures.add(where + committedWrites + " transactions that wrote committed");
            }
            return failures;
        }
    }

    private static Optional<Route> firstAllowed(Row row) {
        return AccessPolicy.ACCOUNTS.stream().flatMap(account -> Arrays.stream(Relation.values())
                        .filter(relation -> row.rule().expected(account, relation) == Outcome.ALLOWED && readsTheFile(account, relation))
                        .map(relation -> new Route(row, account, relation)))
                .findFirst();
    }

    /** One combination: the outcome, a refusal's likeness to the answer about a missing record, the access log. */
    private List<String> check(MatrixClient client, Account account, Row row, Relation relation, Map<String, String> ids,
                               Map<String, Answer> missing) throws Exception {
        File file = files.of(account, relation);
        long mark = log.mark();
        Answer answer = inspected(row.endpoint() + " | " + account.role() + " | " + relation, row,
                client.ask(row.method(), path(row, file, ids)));
        List<String> logged = log.after(mark).stream().map(AccessMatrixTest::logged).toList();
        Outcome expected = row.rule().expected(account, relation);
        List<String> mismatches = new ArrayList<>();
        if (outcome(row, answer, file) != expected) {
            mismatches.add("expected " + expected + ", answered " + answer);
        } else if (expected == Outcome.NOT_FOUND && row.aboutAFile() && !row.searches()
                && !answer.equals(missing.computeIfAbsent(row.endpoint(), key -> ask(client, row, MISSING, ids)))) {
            mismatches.add("its 404 differs from the one of a missing record");
        }
        List<String> due = expected == Outcome.ALLOWED && row.logged() != null && readsTheFile(account, relation)
                ? List.of(String.join(" ", account.username(), String.valueOf(file.personId()),
                        row.logged().onCase() ? String.valueOf(file.caseId()) : "null", row.logged().action()))
                : List.of();
        if (!logged.equals(due)) {
            mismatches.add("access log " + logged + ", due " + due);
        }
        return mismatches;
    }

    /** Every answer of the run is scanned for canaries and checked for its security headers. */
    private Answer inspected(String where, Row row, Answer answer) {
        canaries.scan(where, answer);
        headers.check(where, answer, row.aboutAFile());
        return answer;
    }

    /** A search that does not return the person is, for the person, the search's "not found". */
    private static Outcome outcome(Row row, Answer answer, File file) {
        boolean returned = answer.body().contains("/people/" + file.personId() + "\"");
        return row.searches() && answer.outcome() == Outcome.ALLOWED && !returned ? Outcome.NOT_FOUND : answer.outcome();
    }

    /** An access-log row is due when the account reads the file under need-to-know, and only then. */
    private static boolean readsTheFile(Account account, Relation relation) {
        return AccessPolicy.NEED_TO_KNOW.expected(account, relation) == Outcome.ALLOWED;
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> {
                    if (method.getBeanType().getPackageName().startsWith("it.fascicolosociale")) {
                        Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                                .collect(Collectors.toSet());
                        for (String pattern : info.getPatternValues()) {
                            (methods.isEmpty() ? Set.of("ANY") : methods).forEach(verb -> endpoints.add(verb + " " + pattern));
                        }
                    }
                }));
        return endpoints;
    }

    private Answer ask(MatrixClient client, Row row, File file, Map<String, String> ids) {
        try {
            return inspected(row.endpoint() + " | missing record", row, client.ask(row.method(), path(row, file, ids)));
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    static String path(Row row, File file, Map<String, String> ids) {
        return path(row, file.placeholders(), ids);
    }

    static String path(Row row, Map<String, String> file, Map<String, String> ids) {
        String path = row.example();
        for (Map<String, String> values : List.of(file, ids)) {
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
        }
        return path;
    }

    /** Records of the organization that the admin pages name: an operator without second factor, a unit, a delegation. */
    private Map<String, String> configurationIds() {
        return Map.of(
                "operator-id", id("select id from operator where username = 'elisa.mason'"),
                "unit-id", id("select id from organizational_unit where code = 'segretariato-028100'"),
                "delegation-id", id("select min(id) from delegation"));
    }

    private String id(String query) {
        return String.valueOf(Objects.requireNonNull(jdbc.sql(query).query(Long.class).single()));
    }

    private static String logged(AccessLogRows.Row row) {
        return String.join(" ", row.operator(), String.valueOf(row.personId()), String.valueOf(row.caseId()), row.action());
    }
}
