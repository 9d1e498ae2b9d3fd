package it.fascicolosociale.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.FascicoloSocialeApplication;

/**
 * The embedded database keeps its data across restarts when given a data directory, and starts empty
 * otherwise. Always on the embedded database, even where the other tests use a PostgreSQL server.
 */
class EmbeddedDatabaseRestartTest {

    private static final String MARKER = "insert into social_district (code, name) values ('TEST_RESTART', 'Marker')";
    private static final String COUNT_MARKERS = "select count(*) from social_district where code = 'TEST_RESTART'";

    @Test
    void keepsTheDataOfTheFirstStartWhenGivenADataDirectory(@TempDir Path dataDirectory) {
        try (ConfigurableApplicationContext first = start("--fascicolo.database.data-directory=" + dataDirectory)) {
            jdbc(first).sql(MARKER).update();
        }
        try (ConfigurableApplicationContext second = start("--fascicolo.database.data-directory=" + dataDirectory)) {
            assertThat(jdbc(second).sql(COUNT_MARKERS).query(Long.class).single()).isOne();
            assertThat(jdbc(second).sql("select count(*) from operator where username = 'laura.bianchi'")
                    .query(Long.class).single()).as("demo data loaded once, not twice").isOne();
        }
    }

    @Test
    void startsEmptyWithoutADataDirectory() {
        try (ConfigurableApplicationContext first = start()) {
            jdbc(first).sql(MARKER).update();
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(jdbc(second).sql(COUNT_MARKERS).query(Long.class).single()).isZero();
        }
    }

    private static ConfigurableApplicationContext start(String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=", "--server.port=0", "--spring.profiles.active=test"));
        arguments.addAll(List.of(extraArguments));
        return new SpringApplicationBuilder(FascicoloSocialeApplication.class).run(arguments.toArray(String[]::new));
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }
}
