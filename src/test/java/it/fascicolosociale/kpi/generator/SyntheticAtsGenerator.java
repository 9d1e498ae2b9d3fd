package it.fascicolosociale.kpi.generator;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import it.fascicolosociale.FascicoloSocialeApplication;

/**
 * The command that fills a database with the synthetic ATS (see the README, "Indicators"): starts the application
 * (its web server on a free port, unused) on the database it is given (the embedded one with
 * {@code --fascicolo.database.data-directory=...}, or {@code SPRING_DATASOURCE_*}), so that the migrations, the demo
 * organization and the process definitions are in place, loads everything in one transaction and prints the rows
 * written and the time taken. Options: {@code --seed=N} (default 20260601), {@code --scale=F} (default 1.0).
 */
public final class SyntheticAtsGenerator {

    private SyntheticAtsGenerator() {
    }

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(option(args, "--seed=", "20260601"));
        double scale = Double.parseDouble(option(args, "--scale=", "1.0"));
        Instant started = Instant.now();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FascicoloSocialeApplication.class)
                .run(applicationArguments(args))) {
            Instant loading = Instant.now();
            Map<String, Long> rows;
            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                connection.setAutoCommit(false);
                rows = SyntheticAts.load(connection, context.getBean(RepositoryService.class), seed, scale);
                connection.commit();
            }
            Instant done = Instant.now();
            rows.forEach((table, count) -> System.out.printf("%-22s %,12d rows%n", table, count));
            System.out.printf("seed %d, scale %.3f: loaded in %s (application start %s, total %s)%n", seed, scale,
                    Duration.between(loading, done), Duration.between(started, loading), Duration.between(started, done));
        }
    }

    /** The application's own arguments, after the ones the generator needs (the user's win where they repeat one). */
    static String[] applicationArguments(String[] args) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("--fascicolo.demo-data=true", "--camunda.bpm.job-execution.enabled=false", "--server.port=0"),
                        Arrays.stream(args).filter(arg -> !arg.startsWith("--seed=") && !arg.startsWith("--scale=")))
                .toArray(String[]::new);
    }

    private static String option(String[] args, String prefix, String otherwise) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(otherwise);
    }
}
