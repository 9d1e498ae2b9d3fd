package it.fascicolosociale.kpi.generator;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;


import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import it.fascicolosociale.FascicoloSocialeApplication;
import it.fascicolosociale.OwnerDatabase;

/**
 * The command that fills a database with the synthetic ATS (see the README, "Indicators"): starts the application
 * (its web server on a free port, unused) on the database it is given (the embedded one with
 * {@code --fascicolo.database.data-directory=...}, or {@code SPRING_DATASOURCE_*}), so that the migrations, the demo
 * organization and the process definitions are in place, loads everything in one transaction and prints the rows
 * written and the time taken. Options: {@code --seed=N} (default 20260601), {@code --scale=F} (default 1.0).
 */
public final class SyntheticAtsGenerator {

    private static final List<String> DEFAULTS = List.of("--fascicolo.demo-data=true", "--fascicolo.demo-cases=false",
            "--camunda.bpm.job-execution.enabled=false", "--server.port=0");

    private SyntheticAtsGenerator() {
    }

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(option(args, "--seed=", "20260601"));
        double scale = Double.parseDouble(option(args, "--scale=", "1.0"));
        requireSeparateDatabase(args);
        Instant started = Instant.now();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FascicoloSocialeApplication.class)
                .run(applicationArguments(DEFAULTS, args, List.of("--seed=", "--scale=")))) {
            Instant loading = Instant.now();
            Map<String, Long> rows;
            // as the schema owner, who may rebuild the history's indexes, in the system's row-security context
            try (Connection connection = OwnerDatabase.dataSource(context).getConnection()) {
                connection.setAutoCommit(false);
                try (java.sql.Statement system = connection.createStatement()) {
                    system.execute("select set_config('fascicolo.system', 'on', true)");
                }
                requireNoCasework(connection);
                rows = SyntheticAts.load(connection, context.getBean(RepositoryService.class), seed, scale);
                connection.commit();
                Rollups.vacuum(connection);
            }
            Instant done = Instant.now();
            rows.forEach((table, count) -> System.out.printf("%-22s %,12d rows%n", table, count));
            System.out.printf("seed %d, scale %.3f: loaded in %s (application start %s, total %s)%n", seed, scale,
                    Duration.between(loading, done), Duration.between(started, loading), Duration.between(started, done));
        }
    }

    /**
     * The generated ATS goes into a database of its own: a data directory named on the command line or in the
     * environment, or a server named by SPRING_DATASOURCE_URL; a temporary embedded database would be lost at exit.
     */
    static void requireSeparateDatabase(String[] args) {
        boolean directory = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--fascicolo.database.data-directory="))
                || System.getenv("FASCICOLO_DATABASE_DATA_DIRECTORY") != null;
        if (!directory && System.getenv("SPRING_DATASOURCE_URL") == null) {
            throw new IllegalArgumentException("name the database to fill: --fascicolo.database.data-directory=DIR "
                    + "(a new directory) or SPRING_DATASOURCE_URL");
        }
    }

    /** Never into a database where people work (or the demo cases live): only one without accessi. */
    static void requireNoCasework(Connection connection) throws java.sql.SQLException {
        try (var sql = connection.createStatement(); var rows = sql.executeQuery("select count(*) from intake")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("this database already holds accessi: the generator fills only a new one");
            }
        }
    }

    /**
     * The application's arguments: the given defaults unless the user sets the same property, then the user's own,
     * without the command's options (a property given twice would reach Spring as two values joined by a comma).
     */
    static String[] applicationArguments(List<String> defaults, String[] args, List<String> commandOptions) {
        List<String> given = Arrays.stream(args).filter(arg -> commandOptions.stream().noneMatch(arg::startsWith)).toList();
        return Stream.concat(
                        defaults.stream().filter(arg -> given.stream().noneMatch(user -> user.startsWith(arg.substring(0, arg.indexOf('=') + 1)))),
                        given.stream())
                .toArray(String[]::new);
    }

    static String option(String[] args, String prefix, String otherwise) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(otherwise);
    }
}
