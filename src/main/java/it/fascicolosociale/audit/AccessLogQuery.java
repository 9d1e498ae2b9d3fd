package it.fascicolosociale.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the access log for the DPO: a page of rows filtered by operator, person, case, action, purpose and period,
 * newest first; and every access to one person's file, oldest first, for the citizen's access report.
 */
@Service
@Transactional(readOnly = true)
public class AccessLogQuery {

    /** Rows on one page of the DPO's list. */
    public static final int PAGE_SIZE = 50;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** The filters; any may be empty. The period is of days in Italy, both included. */
    public record Filter(String operator, Long personId, Long caseId, String action, String purpose, LocalDate from,
                         LocalDate to) {
    }

    /** One row of the log as the DPO reads it. */
    public record Entry(long id, OffsetDateTime at, String operator, String unitCode, String roleCode, Long personId, Long caseId,
                        String itemType, String itemId, String action, String purpose, String outcome) {
    }

    /** One page of rows, and how many rows the filters match in all. */
    public record Page(List<Entry> entries, long total, int number) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private final JdbcClient jdbc;

    AccessLogQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page (from 0) of the rows the filters match, newest first. */
    public Page page(Filter filter, int number) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from access_log" + where).params(params).query(Long.class).single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", (long) Math.max(0, number) * PAGE_SIZE);
        List<Entry> entries = jdbc.sql("select " + COLUMNS + " from access_log" + where + " order by id desc limit :limit offset :offset")
                .params(params).query(AccessLogQuery::entry).list();
        return new Page(entries, total, Math.max(0, number));
    }

    /** Every allowed access to the person's file, oldest first. */
    public List<Entry> ofPerson(Long personId) {
        return jdbc.sql("select " + COLUMNS + " from access_log where person_id = :person and outcome = 'ALLOWED' order by id")
                .param("person", personId).query(AccessLogQuery::entry).list();
    }

    /**
     * One row as an entry, read column by column: the mapper that fills records by reflection cost most of the time
     * of a report over 10,000 rows.
     */
    private static Entry entry(ResultSet row, int number) throws SQLException {
        return new Entry(row.getLong("id"), row.getObject("at", OffsetDateTime.class), row.getString("operator"),
                row.getString("unit_code"), row.getString("role_code"), row.getObject("person_id", Long.class),
                row.getObject("case_id", Long.class), row.getString("item_type"), row.getString("item_id"), row.getString("action"),
                row.getString("purpose"), row.getString("outcome"));
    }

    private static final String COLUMNS =
            "id, at, operator, unit_code, role_code, person_id, case_id, item_type, item_id, action, purpose, outcome";

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        add(conditions, params, "operator = :operator", "operator", blankToNull(filter.operator()));
        add(conditions, params, "person_id = :person", "person", filter.personId());
        add(conditions, params, "case_id = :case", "case", filter.caseId());
        add(conditions, params, "action = :action", "action", blankToNull(filter.action()));
        add(conditions, params, "purpose = :purpose", "purpose", blankToNull(filter.purpose()));
        add(conditions, params, "at >= :from", "from", filter.from() == null ? null
                : java.sql.Timestamp.from(filter.from().atStartOfDay(ROME).toInstant()));
        add(conditions, params, "at < :to", "to", filter.to() == null ? null
                : java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(ROME).toInstant()));
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
