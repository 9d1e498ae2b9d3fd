package it.fascicolosociale.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the application's housekeeping at fixed times ({@code @Scheduled}, e.g. the access log's purge). The tests
 * turn each schedule off ({@code -} as its cron) and call the jobs themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
