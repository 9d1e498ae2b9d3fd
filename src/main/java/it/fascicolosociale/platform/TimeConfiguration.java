package it.fascicolosociale.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, in the time zone of the comuni it serves. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
