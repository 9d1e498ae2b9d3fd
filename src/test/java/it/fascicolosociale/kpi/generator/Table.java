package it.fascicolosociale.kpi.generator;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * Rows for one table, kept in PostgreSQL's COPY text format until {@link #copy} sends them with the driver's
 * CopyManager: the fastest way to load millions of rows, with the table's constraints, indexes and triggers applied.
 */
final class Table {

    private static final DateTimeFormatter ENGINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final String name;
    private final List<String> columns;
    private StringBuilder rows = new StringBuilder(1 << 20);
    private long count;
    private long total;
    private long copyNanos;

    Table(String name, String... columns) {
        this.name = name;
        this.columns = List.of(columns);
    }

    void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        count++;
        total++;
    }

    /**
     * Sends the buffered rows and starts a new buffer; returns how many rows went. PostgreSQL refuses COPY into a
     * table whose row-level security binds the connection's role (the application's role in the tests): those rows
     * go as a batch of INSERTs, which the policies check like any other.
     */
    long copy(Connection connection) throws SQLException, IOException {
        if (count == 0) {
            return 0;
        }
        String columnList = " (" + String.join(", ", columns) + ")";
        long started = System.nanoTime();
        long copied = boundByRowSecurity(connection) ? insert(connection, columnList)
                : connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy " + name + columnList + " from stdin", new StringReader(rows.toString()));
        copyNanos += System.nanoTime() - started;
        rows = new StringBuilder(1 << 20);
        count = 0;
        return copied;
    }

    /** Row-level security applies to the role unless it owns the table and security is not forced on the owner. */
    private boolean boundByRowSecurity(Connection connection) throws SQLException {
        try (java.sql.PreparedStatement query = connection.prepareStatement(
                "select relrowsecurity and (relforcerowsecurity or pg_get_userbyid(relowner) <> current_user)"
                        + " from pg_class where oid = to_regclass(?)")) {
            query.setString(1, name);
            try (java.sql.ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** The buffered rows read back from their COPY text and sent as one batch; PostgreSQL casts each text value. */
    private long insert(Connection connection, String columnList) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into " + name + columnList + " values (" + marks + ")")) {
            for (String line : rows.toString().split("\n")) {
                String[] values = line.split("\t", -1);
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i].equals("\\N") ? null : unescape(values[i]), java.sql.Types.OTHER);
                }
                insert.addBatch();
            }
            return java.util.Arrays.stream(insert.executeBatch()).count();
        }
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                plain.append(ch);
            }
        }
        return plain.toString();
    }

    String name() {
        return name;
    }

    long total() {
        return total;
    }

    /** Seconds spent sending rows to PostgreSQL. */
    double copySeconds() {
        return copyNanos / 1e9;
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Instant instant) {
            rows.append(instant.toString());
        } else if (value instanceof EngineTime time) {
            rows.append(ENGINE_TIME.format(LocalDateTime.ofInstant(time.instant(), ZoneId.systemDefault())));
        } else if (value instanceof BigDecimal decimal) {
            rows.append(decimal.toPlainString());
        } else if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
            rows.append(value);
        } else {
            escape(value.toString());
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(ch);
            }
        }
    }

    /** An instant written as the engine writes its history: local time of the JVM's zone, no offset. */
    record EngineTime(Instant instant) {
    }
}
