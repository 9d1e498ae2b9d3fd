package it.fascicolosociale.organization;

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

/**
 * The comuni in the migration are those of the shared reference file, row by row: ISTAT code, name,
 * Belfiore code, population. Runs where ../shared is beside the project, as on developers' machines and CI.
 */
@IntegrationTest
class ReferenceDataConformanceTest {

    private static final Path REFERENCE = Path.of("../shared/data/comuni_alta_padovana.csv");

    @Autowired
    JdbcClient jdbc;

    @Test
    void municipalitiesMatchTheSharedReferenceFile() throws IOException {
        assumeTrue(Files.exists(REFERENCE), "../shared is not beside the project");
        List<String> expected = Files.readAllLines(REFERENCE).stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .map(field -> String.join("|", field[0], field[1], field[2], field[3], field[4]))
                .sorted()
                .toList();

        List<String> actual = jdbc.sql("""
                        select istat_code || '|' || name || '|' || cadastral_code || '|' || population || '|' || population_year
                        from municipality order by 1""")
                .query(String.class).list();

        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
