package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.privacy.AccessPolicy.Account;
import it.fascicolosociale.privacy.AccessPolicy.Relation;
import it.fascicolosociale.privacy.AccessPolicy.Row;
import it.fascicolosociale.privacy.MatrixFiles.File;

/**
 * Property: on every route that names a file by id, an operator gets byte for byte the same 404 (status, the headers
 * that tell something, the body but for its CSRF token) for a random id of nothing, for the id of an existing file
 * they may not see, and for an id that is no id at all; and none of them writes to the access log. The ids come from
 * a seeded {@code java.util.Random}: the seed is printed, and {@code -Dprivacy.seed=} replays a run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=", "server.forward-headers-strategy=framework"})
@ActiveProfiles("test")
class NotFoundPropertyTest {

    private static final int TRIES_PER_ROUTE = Integer.getInteger("privacy.tries-per-route", 1000);
    /**
     * No id at all. Not here: what Spring reads as a number after all, such as "0x1F" (hexadecimal 31), "1%092" (a tab,
     * removed) or "+1": those are other spellings of existing ids.
     */
    private static final String[] MALFORMED = {"abc", "1x", "1.5", "1e3", "1_000", "%20", "1%2B1", "1-1", "--1",
            "99999999999999999999", "-", "_", "null", "%C3%A8", "1%2C2", "NaN", "%27", "-1", "0"};
    private static final Account OPERATOR = AccessPolicy.ACCOUNTS.get(0);

    private enum Kind { NONEXISTENT, FOREIGN, MALFORMED }

    @LocalServerPort
    int port;

    @Autowired
    MatrixFiles files;

    @Autowired
    FileAccess access;

    @Autowired
    AccessLogRows log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void foreignNonexistentAndMalformedIdsGetTheSame404OnEveryRouteThatNamesAFile() throws Exception {
        long seed = Long.getLong("privacy.seed", System.nanoTime());
        System.out.printf("404 property: seed %d (replay with -Dprivacy.seed=%d)%n", seed, seed);
        files.of(OPERATOR, Relation.NONE);
        List<File> foreign = foreignFiles();
        assertThat(foreign).as("files the operator may not see").hasSizeGreaterThan(3);
        MatrixClient client = MatrixClient.of(port, OPERATOR);
        Random random = new Random(seed);
        long mark = log.mark();
        List<String> differences = new ArrayList<>();
        ExecutorService requests = Executors.newFixedThreadPool(4);
        try {
            for (Row row : AccessPolicy.ROWS) {
                if (row.aboutAFile() && !row.searches()) {
                    differences.addAll(tryRoute(row, client, random, foreign, requests));
                }
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(differences).as("answers that differ from the 404 of nothing").isEmpty();
        assertThat(log.after(mark)).as("access-log rows written by refusals").isEmpty();
    }

    private List<String> tryRoute(Row row, MatrixClient client, Random random, List<File> foreign, ExecutorService requests)
            throws Exception {
        Answer reference = client.ask(row.method(), AccessMatrixTest.path(row, nonexistent(random), Map.of()));
        assertThat(reference.status()).as(row.endpoint()).isEqualTo(404);
        Map<Kind, Integer> tries = new EnumMap<>(Kind.class);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < TRIES_PER_ROUTE; i++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            tries.merge(kind, 1, Integer::sum);
            String path = AccessMatrixTest.path(row, switch (kind) {
                case NONEXISTENT -> nonexistent(random).placeholders();
                case FOREIGN -> foreign.get(random.nextInt(foreign.size())).placeholders();
                case MALFORMED -> malformed(random);
            }, Map.of());
            answers.add(requests.submit(() -> {
                Answer answer = client.ask(row.method(), path);
                return answer.equals(reference) ? null : row.method() + " " + path + " (" + kind + "): " + answer;
            }));
        }
        List<String> differences = new ArrayList<>();
        for (Future<String> answer : answers) {
            if (answer.get() != null) {
                differences.add(answer.get());
            }
        }
        System.out.printf("404 property: %s: %d tries %s%n", row.endpoint(), TRIES_PER_ROUTE, tries);
        return differences;
    }

    private static File nonexistent(Random random) {
        return new File(1_000_000_000L + random.nextInt(Integer.MAX_VALUE), 1_000_000_000L + random.nextInt(Integer.MAX_VALUE),
                1_000_000_000L + random.nextInt(Integer.MAX_VALUE), new UUID(random.nextLong(), random.nextLong()).toString(), "");
    }

    /** The same thing that is no id in place of every id of the path. */
    private static Map<String, String> malformed(Random random) {
        String id = MALFORMED[random.nextInt(MALFORMED.length)];
        return Map.of("case", id, "person", id, "document", id, "task", id);
    }

    /**
     * Every file of the database that the operator may not see, person included, with a document and a task of it;
     * read in a transaction, where the test's system context applies.
     */
    private List<File> foreignFiles() {
        return transaction.execute(status -> jdbc.sql("""
                        select c.id, c.person_id, (select max(d.id) from case_document d where d.case_id = c.id),
                               (select min(t.id_) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                                where e.business_key_ = 'case-' || c.id), ''
                        from social_case c order by c.id""")
                .query((rs, n) -> new File(rs.getLong(1), rs.getLong(2), rs.getObject(3) == null ? 1_999_999_999L : rs.getLong(3),
                        rs.getString(4) == null ? AccessMatrixTest.MISSING.taskId() : rs.getString(4), ""))
                .list().stream()
                .filter(file -> access.toCase(OPERATOR.username(), file.caseId()).isEmpty()
                        && access.toPerson(OPERATOR.username(), file.personId()).isEmpty())
                .toList());
    }
}
