package it.fascicolosociale.platform.database;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the schema migrations, then, when {@code fascicolo.demo-data=true}, the synthetic demo data
 * of {@code db/demo}. The demo data keep their own history table, so they load once per database,
 * never mix with the schema's version numbers, and never load where the property is off.
 */
@Configuration(proxyBeanMethods = false)
class DemoDataConfiguration {

    static final String DEMO_LOCATION = "classpath:db/demo";
    static final String DEMO_HISTORY_TABLE = "flyway_demo_history";

    @Bean
    FlywayMigrationStrategy schemaThenDemoData(@Value("${fascicolo.demo-data:false}") boolean demoData) {
        return flyway -> {
            flyway.migrate();
            if (demoData) {
                Flyway.configure()
                        .configuration(flyway.getConfiguration())
                        .locations(DEMO_LOCATION)
                        .table(DEMO_HISTORY_TABLE)
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
            }
        };
    }
}
