package it.fascicolosociale.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL from the application's own jars when no external database is configured,
 * so that {@code ./mvnw spring-boot:run} and the tests need nothing installed but a JDK. Like a real
 * installation it has two roles ({@link EmbeddedRoles}): Flyway migrates as the owner, the application
 * connects as the application role, bound by the grants and the row-level security.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnNoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    /** The free space a RAM file system must have to hold a temporary database: the demo data take some 100 MB. */
    private static final long MEMORY_FOLDER_SPACE = 1L << 30;

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
            Path folder = temporaryFolder();
            builder.setDataDirectory(folder).setCleanDataDirectory(true);
            log.info("Embedded PostgreSQL in the temporary folder {}: data are lost at shutdown", folder);
        }
        return builder.start();
    }

    /**
     * Where a database that lives for one run keeps its files: in memory when the machine has a RAM file system with
     * room for it, where writing and syncing them costs nothing (initdb alone spends seconds syncing to a disk),
     * otherwise in the system's temporary folder.
     */
    private static Path temporaryFolder() throws IOException {
        Path memory = Path.of("/dev/shm");
        boolean inMemory = Files.isDirectory(memory) && Files.isWritable(memory)
                && Files.getFileStore(memory).getUsableSpace() > MEMORY_FOLDER_SPACE;
        return inMemory ? Files.createTempDirectory(memory, "fascicolo-pg-") : Files.createTempDirectory("fascicolo-pg-");
    }

    @Bean
    EmbeddedRoles embeddedRoles(EmbeddedPostgres postgres) throws SQLException {
        return EmbeddedRoles.create(postgres.getPostgresDatabase());
    }

    /** The application's pool: the application role, with data manipulation rights only. */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedRoles roles) {
        return pool(postgres, EmbeddedRoles.APPLICATION, roles.applicationPassword(), "embedded", 20);
    }

    /**
     * The migrations grant their rights to the embedded application role, whatever {@code spring.datasource.username}
     * says: a username set for a server (SPRING_DATASOURCE_USERNAME) without its URL must not name the grantee here.
     */
    @Bean
    FlywayConfigurationCustomizer embeddedApplicationRole() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("application_role", EmbeddedRoles.APPLICATION);
            configuration.placeholders(placeholders);
        };
    }

    /** Flyway's connection: the owner of the schema, used for the migrations only. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource flywayDataSource(EmbeddedPostgres postgres, EmbeddedRoles roles) {
        HikariDataSource dataSource = pool(postgres, EmbeddedRoles.OWNER, roles.ownerPassword(), "embedded-owner", 2);
        dataSource.setMinimumIdle(0);
        return dataSource;
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, String role, String password, String name, int size) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(role, EmbeddedRoles.DATABASE));
        dataSource.setUsername(role);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(size);
        dataSource.setPoolName(name);
        return dataSource;
    }
}
