package it.fascicolosociale;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The schema owner's connection, for the few tests that must do what the application role may not (tamper with the
 * access log to show that the verifier notices): Flyway's data source on the embedded database, or a connection
 * with {@code spring.flyway.user} on a server.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {
    }

    public static JdbcClient of(ApplicationContext context) {
        return JdbcClient.create(dataSource(context));
    }

    public static DataSource dataSource(ApplicationContext context) {
        if (context.containsBean("flywayDataSource")) {
            return context.getBean("flywayDataSource", DataSource.class);
        }
        Environment environment = context.getEnvironment();
        return new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"), environment.getRequiredProperty("spring.flyway.password"));
    }
}
