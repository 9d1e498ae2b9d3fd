package it.fascicolosociale.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import it.fascicolosociale.platform.database.RowSecurityContext;

/** The demo cases are made at start only where both the demo data and the demo cases are asked for. */
class DemoCasesRunnerTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withBean(DemoCases.class, () -> mock(DemoCases.class))
            .withBean(RowSecurityContext.class, () -> mock(RowSecurityContext.class))
            .withUserConfiguration(DemoCasesRunner.class);

    @Test
    void runsWithTheDemoDataAndTheDemoCases() {
        contexts.withPropertyValues("fascicolo.demo-data=true", "fascicolo.demo-cases=true")
                .run(context -> assertThat(context).hasSingleBean(DemoCasesRunner.class));
    }

    @Test
    void doesNotRunWithoutTheDemoDataEvenIfTheCasesAreAskedFor() {
        contexts.withPropertyValues("fascicolo.demo-data=false", "fascicolo.demo-cases=true")
                .run(context -> assertThat(context).doesNotHaveBean(DemoCasesRunner.class));
    }

    @Test
    void doesNotRunUnlessTheCasesAreAskedFor() {
        contexts.withPropertyValues("fascicolo.demo-data=true")
                .run(context -> assertThat(context).doesNotHaveBean(DemoCasesRunner.class));
        contexts.withPropertyValues("fascicolo.demo-data=true", "fascicolo.demo-cases=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoCasesRunner.class));
    }
}
