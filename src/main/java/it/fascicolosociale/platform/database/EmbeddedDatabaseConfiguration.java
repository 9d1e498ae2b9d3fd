package it.fascicolosociale.platform.database;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the application's own jars when no external database is configured,
 * so that {@code ./mvnw spring-boot:run} and the tests need nothing installed but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnNoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        // stopped by this bean's destroy method, after the engine and the pool that still need it
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "60")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (properties.dataDirectory() != null) {
            Files.createDirectories(properties.dataDirectory());
            builder.setDataDirectory(properties.dataDirectory()).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", properties.dataDirectory().toAbsolutePath());
        } else {
            log.info("Embedded PostgreSQL in a temporary folder: data are lost at shutdown");
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("embedded");
        return dataSource;
    }
}
