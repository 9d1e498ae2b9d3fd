package it.fascicolosociale.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import it.fascicolosociale.platform.database.RowSecurityContext;

/**
 * Makes the demo cases at start-up when both the demo data and the demo cases are asked for ({@code ./mvnw
 * spring-boot:run} asks for both; the tests only for the data). It runs before the application reports itself
 * ready, and so before the job executor starts: the timers of the demo fire only as the demo moves its clocks.
 */
@Component
@ConditionalOnProperty(prefix = "fascicolo", name = {"demo-data", "demo-cases"}, havingValue = "true")
class DemoCasesRunner implements ApplicationRunner {

    private final DemoCases demoCases;
    private final RowSecurityContext rowSecurity;

    DemoCasesRunner(DemoCases demoCases, RowSecurityContext rowSecurity) {
        this.demoCases = demoCases;
        this.rowSecurity = rowSecurity;
    }

    /** As the system: nobody is signed in at start-up, and the demo writes files of every comune. */
    @Override
    public void run(ApplicationArguments arguments) {
        rowSecurity.asSystem(demoCases::makeOnce);
    }
}
