package it.fascicolosociale.people;

import static it.fascicolosociale.people.SyntheticPerson.provaDue;
import static it.fascicolosociale.people.SyntheticPerson.testUno;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.OwnerDatabase;

/** The name index the search will use: accents and case do not matter, and the trigram index serves it. */
@IntegrationTest
@Transactional
class PeopleNameSearchIndexTest {

    private static final String SEARCH = """
            select first_name from person
            where person_search_name(last_name, first_name) like '%' || lower(f_unaccent(:text)) || '%'""";

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void findsANameWrittenWithoutItsAccents() {
        people.register(testUno().named("Zoè", "D'Àrtù Prova").details());
        people.register(provaDue().details());

        assertThat(jdbc.sql(SEARCH).param("text", "ARTU PROVA").query(String.class).list()).containsExactly("Zoè");
        assertThat(jdbc.sql(SEARCH).param("text", "d'àrtù").query(String.class).list()).containsExactly("Zoè");
    }

    /**
     * The search runs inside a security-definer function of the database (person_name_containing, V0162), as the
     * owner: under row-level security PostgreSQL would not use the index through pg_trgm's operators. Explained as
     * the owner, the function's query uses the index.
     */
    @Test
    void answersANameSearchFromTheTrigramIndex() throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection owner = OwnerDatabase.dataSource(context).getConnection(); Statement statement = owner.createStatement()) {
            owner.setAutoCommit(false);
            statement.execute("set local enable_seqscan = off");
            try (ResultSet lines = statement.executeQuery("explain " + SEARCH.replace(":text", "'prova'"))) {
                while (lines.next()) {
                    plan.add(lines.getString(1));
                }
            }
            owner.rollback();
        }

        assertThat(String.join("\n", plan)).contains("person_name_trigram");
        assertThat(jdbc.sql("select prosrc from pg_proc where proname = 'person_name_containing'").query(String.class).single())
                .contains("like '%' || lower(public.f_unaccent(p_text)) || '%'");
    }
}
