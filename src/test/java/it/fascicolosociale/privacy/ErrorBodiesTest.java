package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import it.fascicolosociale.privacy.AccessPolicy.Account;
import it.fascicolosociale.privacy.AccessPolicy.Row;

/**
 * G25: whatever a signed-in operator sends to any endpoint of the access policy, the answer's body names no class,
 * no stack frame, no SQL and no exception, and none is a server error. Each endpoint is asked with its placeholders replaced by what is no id,
 * with hostile query parameters, and with the other method, from a seeded {@code java.util.Random}
 * ({@code -Dprivacy.seed=} replays a run). On an application and a database of its own: what the hostile requests
 * do to the operator's account (the requests include the sign-in and profile forms) must not reach other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=", "server.forward-headers-strategy=framework", "fascicolo.test.application=error-bodies"})
@ActiveProfiles("test")
class ErrorBodiesTest {

    private static final int TRIES_PER_ENDPOINT = 12;
    private static final Account OPERATOR = AccessPolicy.ACCOUNTS.get(0);
    private static final Pattern LEAK = Pattern.compile("(?i)\\bat [a-z]+\\.[a-z]+\\.[a-zA-Z.$]+\\(|\\w+Exception\\b"
            + "|\\b(org\\.(springframework|hibernate|postgresql|camunda|thymeleaf)|java\\.(lang|sql|util|io))\\.|it\\.fascicolosociale\\."
            + "|(?<!<)\\bselect\\b[^<]{0,200}\\bfrom\\b|\\binsert into\\b|\\bupdate \\w+ set\\b|\\bSQL ?state\\b|\\bPSQL");
    private static final List<String> VALUES = List.of("abc", "-1", "99999999999999999999", "1e3", "%27%20or%201%3D1--",
            "%3Cscript%3E", "2026-13-45", "31%2F02%2F2026", "%00", "%C3%A8%E2%80%A8", "..%2F..%2Fetc%2Fpasswd", "%25s%25n",
            "$%7Bjndi%3Ax%7D", "NaN", "", "x".repeat(3000));
    private static final List<String> NAMES = List.of("from", "to", "page", "q", "comune", "area", "body", "day", "size",
            "sort", "format", "birthDate", "codiceFiscale", "operator", "action", "purpose");

    @LocalServerPort
    int port;

    @Test
    void noAnswerToAnythingSentNamesAClassAFrameOrSql() throws Exception {
        assertThat(LEAK.matcher("java.lang.IllegalStateException: x\n\tat it.fascicolosociale.cases.Cases.get(Cases.java:1)").find())
                .as("the scan finds a stack trace").isTrue();
        long seed = Long.getLong("privacy.seed", System.nanoTime());
        Random random = new Random(seed);
        MatrixClient client = MatrixClient.of(port, OPERATOR);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> leaks = new ArrayList<>();
        int asked = 0;
        for (Row row : AccessPolicy.ROWS) {
            for (int i = 0; i < TRIES_PER_ENDPOINT; i++) {
                String path = row.example().replaceAll("\\{[^}]+}", VALUES.get(random.nextInt(5)))
                        + "?" + NAMES.get(random.nextInt(NAMES.size())) + "=" + VALUES.get(random.nextInt(VALUES.size()))
                        + "&" + URLEncoder.encode(NAMES.get(random.nextInt(NAMES.size())), StandardCharsets.UTF_8) + "="
                        + VALUES.get(random.nextInt(VALUES.size()));
                String method = random.nextInt(4) == 0 ? (row.method().equals("GET") ? "POST" : "GET") : row.method();
                Answer answer = client.ask(method, path);
                asked++;
                statuses.merge(answer.status(), 1, Integer::sum);
                var found = LEAK.matcher(answer.body());
                if (found.find()) {
                    leaks.add(method + " " + path.substring(0, Math.min(path.length(), 120)) + " -> " + answer.status() + ": "
                            + found.group());
                }
            }
        }
        System.out.printf("Error bodies: %d requests to %d endpoints (seed %d), statuses %s, %d leaks%n", asked,
                AccessPolicy.ROWS.size(), seed, statuses, leaks.size());
        assertThat(leaks).as("answers naming a class, a frame, SQL or an exception").isEmpty();
        assertThat(statuses.keySet()).as("statuses: bad input is refused, never a server error").allMatch(status -> status < 500);
    }

    /** The null character PostgreSQL cannot store, in a search: refused with its own message on the error page. */
    @Test
    void aControlCharacterInTheTextSentGetsItsOwnMessage() throws Exception {
        MatrixClient client = MatrixClient.of(port, OPERATOR);
        Answer search = client.ask("GET", "/people?q=Rossi%00");
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.body()).contains("caratteri di controllo non ammessi").contains("Nulla è stato salvato")
                .doesNotContain("Il testo che avevi scritto");

        Answer note = client.ask("POST", "/cases/1/notes?type=interview&text=" + URLEncoder.encode(
                "Colloquio lungo con la figlia\u000b sulla situazione della casa e delle bollette", StandardCharsets.UTF_8));
        assertThat(note.status()).isEqualTo(400);
        assertThat(note.body()).as("the text sent, given back without the control character").contains("Il testo che avevi scritto")
                .contains(">Colloquio lungo con la figlia sulla situazione della casa e delle bollette</textarea>");
        assertThat(note.headers()).containsKeys("content-security-policy", "x-content-type-options", "referrer-policy")
                .hasEntrySatisfying("cache-control", value -> assertThat(value).startsWith("no-store"));
    }
}
