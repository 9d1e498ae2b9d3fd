package it.fascicolosociale.people;

import static it.fascicolosociale.people.SyntheticPerson.provaDue;
import static it.fascicolosociale.people.SyntheticPerson.testUno;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

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

    @Test
    void findsANameWrittenWithoutItsAccents() {
        people.register(testUno().named("Zoè", "D'Àrtù Prova").details());
        people.register(provaDue().details());

        assertThat(jdbc.sql(SEARCH).param("text", "ARTU PROVA").query(String.class).list()).containsExactly("Zoè");
        assertThat(jdbc.sql(SEARCH).param("text", "d'àrtù").query(String.class).list()).containsExactly("Zoè");
    }

    @Test
    void answersANameSearchFromTheTrigramIndex() {
        jdbc.sql("set local enable_seqscan = off").update();

        List<String> plan = jdbc.sql("explain " + SEARCH).param("text", "prova").query(String.class).list();

        assertThat(String.join("\n", plan)).contains("person_name_trigram");
    }
}
