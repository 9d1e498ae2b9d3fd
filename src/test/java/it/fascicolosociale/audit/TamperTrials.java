package it.fascicolosociale.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.audit.AccessEvent.Action;
import it.fascicolosociale.audit.AccessEvent.Outcome;

/**
 * Random tamperings of a seeded chain, as only the owner could make them: each is made after a savepoint and
 * undone once the verifier has looked, so the trials are independent and share one seeded chain. A trial counts as
 * detected when the verifier reports the break at the row where that tampering puts it. The anchor the database
 * keeps is left as it is: a tamperer who could rewrite it too is out of reach of any check inside the database.
 */
final class TamperTrials {

    /** What a trial does to the chain. */
    enum Kind {
        /** One field changed to another value of its type. */
        UPDATE,
        /** One row deleted, anywhere. */
        DELETE,
        /** Two rows swapped. */
        REORDER,
        /** A range of rows deleted inside the chain. */
        TRUNCATE_MIDDLE,
        /** The last rows deleted: only the anchor shows them gone. */
        DELETE_END,
        /** A missing value turned into the empty text, which hash format 1 read alike. */
        NULL_TO_EMPTY,
        /** Text moved from one field into the next, both changed at once so that their concatenation stays. */
        BOUNDARY_SHIFT
    }

    private static final List<String> OPERATORS = List.of("laura.bianchi", "marco.rossi", "giulia.esposito", "paolo.ferrari");
    private static final List<String> UNITS = List.of("segretariato-028019", "minori-028060", "adulti-028001");
    private static final List<String> ROLES = List.of("social-worker", "coordinator", "administrative");
    private static final List<String> PURPOSES = List.of("CASE_TEAM", "EMERGENCY", "SEARCH", "AUDIT");
    private static final int LONGEST_TRUNCATION = 50;
    /** Thirteen parameters a row: 2,500 rows stay under PostgreSQL's 65,535 parameters of one statement. */
    private static final int ROWS_PER_APPEND = 2_500;

    private final JdbcClient jdbc;
    private final AccessLogVerifier verifier;
    private final Random random;
    private final Map<Kind, int[]> triedAndDetected = new EnumMap<>(Kind.class);
    private List<Long> ids = List.of();

    TamperTrials(JdbcClient jdbc, AccessLogVerifier verifier, long seed) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.random = new Random(seed);
        for (Kind kind : Kind.values()) {
            triedAndDetected.put(kind, new int[2]);
        }
    }

    /**
     * Appends rows of varied content, some fields empty, through the log's own code, in appends of a few thousand
     * rows each (one insert per append).
     */
    void seed(AccessLog accessLog, int rows) {
        List<AccessEvent> events = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            events.add(randomEvent());
            if (events.size() == ROWS_PER_APPEND || row == rows - 1) {
                accessLog.recordAll(events);
                events.clear();
            }
        }
        ids = jdbc.sql("select id from (select id from access_log order by id desc limit :rows) last order by id")
                .param("rows", rows).query(Long.class).list();
    }

    /** Runs the trials, each of a kind drawn at random; returns how many the verifier detected. */
    int run(int trials) {
        int detected = 0;
        for (int trial = 0; trial < trials; trial++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            int[] counts = triedAndDetected.get(kind);
            counts[0]++;
            if (detects(kind)) {
                counts[1]++;
                detected++;
            }
        }
        return detected;
    }

    /** Per kind, "detected/tried". */
    String byKind() {
        List<String> kinds = new ArrayList<>();
        triedAndDetected.forEach((kind, counts) -> kinds.add(kind + " " + counts[1] + "/" + counts[0]));
        return String.join(", ", kinds);
    }

    private boolean detects(Kind kind) {
        jdbc.sql("savepoint tamper_trial").update();
        try {
            long breaksAt = tamper(kind);
            return verifier.firstBreak().filter(found -> found.rowId() == breaksAt).isPresent();
        } finally {
            jdbc.sql("rollback to savepoint tamper_trial").update();
        }
    }

    /** Tampers with the chain; returns the id of the row where the chain must now break. */
    private long tamper(Kind kind) {
        int last = ids.size() - 1;
        return switch (kind) {
            case UPDATE -> updateOneField(ids.get(random.nextInt(ids.size())));
            case DELETE -> {
                // the last row has no row after it to break: only an anchor kept outside the log would show it gone
                int row = random.nextInt(last);
                jdbc.sql("delete from access_log where id = :id").param("id", ids.get(row)).update();
                yield ids.get(row + 1);
            }
            case REORDER -> {
                int first = random.nextInt(last);
                int second = first + 1 + random.nextInt(last - first);
                swap(jdbc, ids.get(first), ids.get(second));
                yield ids.get(first);
            }
            case TRUNCATE_MIDDLE -> {
                int from = random.nextInt(last - 1);
                int to = from + 1 + random.nextInt(Math.min(LONGEST_TRUNCATION, last - 1 - from));
                jdbc.sql("delete from access_log where id between :from and :to")
                        .param("from", ids.get(from)).param("to", ids.get(to)).update();
                yield ids.get(to + 1);
            }
            case DELETE_END -> {
                int from = last - random.nextInt(LONGEST_TRUNCATION);
                jdbc.sql("delete from access_log where id >= :from").param("from", ids.get(from)).update();
                yield ids.get(last);
            }
            case NULL_TO_EMPTY -> emptyOneMissingValue();
            case BOUNDARY_SHIFT -> shiftAcrossABoundary();
        };
    }

    /** Turns one missing value of a row, drawn at random among the rows with one, into the empty text. */
    private long emptyOneMissingValue() {
        List<String> columns = List.of("unit_code", "role_code", "item_type", "item_id");
        while (true) {
            long id = ids.get(random.nextInt(ids.size()));
            List<String> missing = columns.stream().filter(column -> jdbc.sql("select " + column + " is null from access_log where id = :id")
                    .param("id", id).query(Boolean.class).single()).toList();
            if (!missing.isEmpty()) {
                jdbc.sql("update access_log set " + pick(missing) + " = '' where id = :id").param("id", id).update();
                return id;
            }
        }
    }

    /**
     * Moves the boundary between two text fields next to each other in the hash's input (the operator and the unit,
     * or the item's type and id) of a row, drawn at random among those with both, keeping their concatenation.
     */
    private long shiftAcrossABoundary() {
        while (true) {
            long id = ids.get(random.nextInt(ids.size()));
            List<String> pair = random.nextBoolean() ? List.of("operator", "unit_code") : List.of("item_type", "item_id");
            List<String> values = jdbc.sql("select " + String.join(", ", pair) + " from access_log where id = :id").param("id", id)
                    .query((row, number) -> Arrays.asList(row.getString(1), row.getString(2))).single();
            if (!values.contains(null)) {
                String joined = values.get(0) + values.get(1);
                int boundary = random.nextInt(joined.length());
                if (boundary >= values.get(0).length()) {
                    boundary++;
                }
                jdbc.sql("update access_log set " + pair.get(0) + " = :first, " + pair.get(1) + " = :second where id = :id")
                        .param("first", joined.substring(0, boundary)).param("second", joined.substring(boundary)).param("id", id)
                        .update();
                return id;
            }
        }
    }

    /** Changes one field, drawn at random, to another value of its type; the chain must break at that row. */
    private long updateOneField(long id) {
        Map<String, Function<Object, Object>> changes = Map.ofEntries(
                Map.entry("at", current -> Timestamp.from(((Timestamp) current).toInstant().plusNanos(1_000L * nonZero()))),
                Map.entry("operator", current -> other(OPERATORS, current, false)),
                Map.entry("unit_code", current -> other(UNITS, current, true)),
                Map.entry("role_code", current -> other(ROLES, current, true)),
                Map.entry("person_id", current -> otherNumber(current)),
                Map.entry("case_id", current -> otherNumber(current)),
                Map.entry("item_type", current -> other(List.of("case", "note", "document"), current, true)),
                // seeded item ids are under 10,000: a million and more is always another one
                Map.entry("item_id", current -> current != null && random.nextInt(4) == 0 ? null
                        : String.valueOf(1_000_000 + random.nextInt(1_000_000))),
                Map.entry("action", current -> other(names(Action.values()), current, false)),
                Map.entry("purpose", current -> other(PURPOSES, current, false)),
                Map.entry("outcome", current -> other(names(Outcome.values()), current, false)),
                Map.entry("previous_hash", current -> randomHash()),
                Map.entry("hash", current -> randomHash()),
                Map.entry("hash_version", current -> (short) (3 - ((Number) current).intValue())));
        List<String> columns = changes.keySet().stream().sorted().toList();
        String column = columns.get(random.nextInt(columns.size()));
        Object current = jdbc.sql("select " + column + " from access_log where id = :id").param("id", id)
                .query((rows, number) -> rows.getObject(1)).list().get(0);
        jdbc.sql("update access_log set " + column + " = :value where id = :id")
                .param("value", changes.get(column).apply(current)).param("id", id).update();
        return id;
    }

    /**
     * Puts two rows in each other's place: their ids swapped, their content untouched. The identity column takes
     * no updates, so the rows go out and come back in through a temporary table.
     */
    static void swap(JdbcClient jdbc, long first, long second) {
        jdbc.sql("""
                create temporary table moved on commit drop as select * from access_log where id in (%1$d, %2$d);
                delete from access_log where id in (%1$d, %2$d);
                insert into access_log overriding system value
                select case id when %1$d then %2$d else %1$d end, at, operator, unit_code, role_code, person_id, case_id,
                       item_type, item_id, action, purpose, outcome, previous_hash, hash, hash_version
                from moved;
                drop table moved""".formatted(first, second)).update();
    }

    private AccessEvent randomEvent() {
        boolean aboutACase = random.nextBoolean();
        long caseId = 1 + random.nextInt(10_000);
        return new AccessEvent(pick(OPERATORS), random.nextInt(10) == 0 ? null : pick(UNITS), random.nextInt(10) == 0 ? null : pick(ROLES),
                random.nextInt(20) == 0 ? null : 1L + random.nextInt(10_000), aboutACase ? caseId : null,
                aboutACase ? "case" : null, aboutACase ? String.valueOf(caseId) : null,
                pick(List.of(Action.values())), pick(PURPOSES), random.nextInt(8) == 0 ? Outcome.DENIED : Outcome.ALLOWED);
    }

    /** Another value from the list, or none where the column may be empty. */
    private String other(List<String> values, Object current, boolean mayBeEmpty) {
        if (mayBeEmpty && current != null && random.nextInt(4) == 0) {
            return null;
        }
        List<String> others = values.stream().filter(value -> !value.equals(current)).toList();
        return pick(others);
    }

    private Long otherNumber(Object current) {
        if (current != null && random.nextInt(4) == 0) {
            return null;
        }
        return current == null ? 1L + random.nextInt(10_000) : ((Number) current).longValue() + nonZero();
    }

    private long nonZero() {
        long step = 1 + random.nextInt(1_000_000);
        return random.nextBoolean() ? step : -step;
    }

    private String randomHash() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
