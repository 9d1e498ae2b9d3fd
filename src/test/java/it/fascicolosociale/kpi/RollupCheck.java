package it.fascicolosociale.kpi;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares a rolled-up table with the plain query over the operational data it is kept from: the rows one has
 * and the other lacks, duplicates included. Zero when the rollup is exactly the query's result.
 */
public final class RollupCheck {

    private RollupCheck() {
    }

    public static long differences(JdbcClient jdbc, String rollup, String source) {
        return jdbc.sql("""
                select count(*) from (
                    (select * from %1$s except all select * from %2$s)
                    union all
                    (select * from %2$s except all select * from %1$s)) missing_or_extra""".formatted(rollup, source))
                .query(Long.class).single();
    }
}
