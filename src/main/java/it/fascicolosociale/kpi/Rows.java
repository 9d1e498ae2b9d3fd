package it.fascicolosociale.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a KPI query and reads each row by the indicator's column keys, typed by their kind: the SQL only has
 * to name its result columns as the indicator does.
 */
final class Rows {

    private Rows() {
    }

    static List<List<Object>> query(JdbcClient jdbc, Indicator indicator, String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(mapper(indicator)).list();
    }

    static RowMapper<List<Object>> mapper(Indicator indicator) {
        return (rs, rowNumber) -> {
            List<Object> row = new ArrayList<>();
            for (Column column : indicator.columns()) {
                row.add(read(rs, column));
            }
            return row;
        };
    }

    private static Object read(ResultSet rs, Column column) throws SQLException {
        Object value = rs.getObject(column.key());
        if (value == null) {
            return null;
        }
        return switch (column.kind()) {
            case LABEL -> value instanceof Boolean ? value : value.toString();
            case PERSONS, COUNT, INHABITANTS -> ((Number) value).longValue();
            case DAYS -> decimal(value, 1);
            case AMOUNT, QUANTITY, RATIO -> decimal(value, 2);
        };
    }

    private static BigDecimal decimal(Object value, int scale) {
        BigDecimal decimal = value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
        return decimal.setScale(scale, RoundingMode.HALF_UP);
    }
}
