package it.fascicolosociale.demo;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With the demo data on, the application's clock is the {@link DemoClock}, which the demo cases can stand on past
 * days while they are made; it is the system clock at any other time, so nothing else sees a difference.
 */
@Configuration(proxyBeanMethods = false)
@OnDemoData
class DemoConfiguration {

    @Bean
    @Primary
    DemoClock demoClock(@Qualifier("clock") Clock system) {
        return new DemoClock(system);
    }
}
