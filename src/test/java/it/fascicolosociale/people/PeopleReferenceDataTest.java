package it.fascicolosociale.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.IntegrationTest;

/** The places of birth in the migration: every comune of the district, suppressed comuni, foreign states. */
@IntegrationTest
class PeopleReferenceDataTest {

    private static final Path DISTRICT_COMUNI = Path.of("../shared/data/comuni_alta_padovana.csv");

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsEveryComuneOfTheDistrictAsABirthPlaceInUseInPadua() {
        List<String> missing = jdbc.sql("""
                        select m.cadastral_code from municipality m
                        left join birth_place b on b.code = m.cadastral_code and b.kind = 'MUNICIPALITY'
                            and b.in_use and b.province = 'PD' and lower(b.name) = lower(m.name)
                        where b.code is null""")
                .query(String.class).list();

        assertThat(missing).isEmpty();
    }

    @Test
    void holdsTheBelfioreCodesOfTheSharedListOfComuni() throws IOException {
        assumeTrue(Files.exists(DISTRICT_COMUNI), "../shared is not beside the project");
        List<String> codes = Files.readAllLines(DISTRICT_COMUNI).stream().skip(1)
                .map(line -> line.split(",")[2]).toList();

        assertThat(codes).hasSize(28);
        assertThat(jdbc.sql("select code from birth_place where code in (:codes) and kind = 'MUNICIPALITY' and in_use")
                .param("codes", codes).query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void holdsForeignStatesByTheirZCodes() {
        assertThat(rows("select code || ' ' || name from birth_place where code in ('Z110', 'Z112', 'Z330', 'Z404')"
                + " and kind = 'FOREIGN_STATE' and in_use and province is null order by code"))
                .containsExactly("Z110 Francia", "Z112 Germania", "Z330 Marocco", "Z404 Stati Uniti d'America");
    }

    @Test
    void keepsSuppressedPlacesWithTheirLastDay() {
        assertThat(rows("select code || ' ' || name || ' ' || valid_to from birth_place"
                + " where code in ('A012', 'Z135') and not in_use order by code"))
                .containsExactly("A012 Abetone 2016-12-31", "Z135 Unione Sovietica 1991-12-31");
        assertThat(rows("select code || ' ' || valid_from from birth_place where code = 'M376' and in_use"))
                .containsExactly("M376 2017-01-01");
    }

    @Test
    void holdsAllTheCodesOfTheSources() {
        assertThat(rows("select kind || ' ' || count(*) from birth_place group by kind order by kind"))
                .containsExactly("FOREIGN_STATE 292", "MUNICIPALITY 10422");
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }
}
