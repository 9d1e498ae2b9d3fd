package it.fascicolosociale.organization.web;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo organization as the database holds it, found by the codes people use. Each read first writes
 * what the test's persistence context still holds, so that it sees what a request changed.
 */
record DemoDatabase(JdbcClient jdbc, EntityManager entities) {

    long municipalityId(String istatCode) {
        return id("select id from municipality where istat_code = ?", istatCode);
    }

    long managingBodyId(String code) {
        return id("select id from managing_body where code = ?", code);
    }

    long unitId(String code) {
        return id("select id from organizational_unit where code = ?", code);
    }

    long operatorId(String username) {
        return id("select id from operator where username = ?", username);
    }

    long version(String table, long id) {
        return count("select version from " + table + " where id = " + id);
    }

    long count(String sql) {
        return value(sql, Long.class);
    }

    <T> T value(String sql, Class<T> type) {
        entities.flush();
        return jdbc.sql(sql).query(type).single();
    }

    private long id(String sql, String code) {
        return jdbc.sql(sql).param(code).query(Long.class).single();
    }
}
