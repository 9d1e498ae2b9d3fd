package it.fascicolosociale.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the database files live; when set, data survive a restart,
 *                      when empty, every start begins with an empty database in a temporary folder
 */
@ConfigurationProperties("fascicolo.database")
public record EmbeddedDatabaseProperties(Path dataDirectory) {
}
