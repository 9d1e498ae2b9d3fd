package it.fascicolosociale.privacy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Test helper: the access log rows written after a mark, as the tests compare them. */
@Component
public class AccessLogRows {

    /** One row, with the fields a test checks. */
    public record Row(String operator, String unitCode, String roleCode, Long personId, Long caseId, String itemType,
                      String itemId, String action, String purpose, String outcome) {
    }

    private final JdbcClient jdbc;

    AccessLogRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the last row written so far. */
    public long mark() {
        return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
    }

    public List<Row> after(long mark) {
        return jdbc.sql("""
                        select operator, unit_code, role_code, person_id, case_id, item_type, item_id, action, purpose, outcome
                        from access_log where id > :mark order by id""")
                .param("mark", mark).query(Row.class).list();
    }
}
