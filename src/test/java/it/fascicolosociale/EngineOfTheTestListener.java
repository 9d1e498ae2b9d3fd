package it.fascicolosociale;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live in one test JVM (plain, with a server, with a browser's own database), each
 * with a process engine named "default". Camunda keeps engines by name in a static registry, and the engine REST
 * API and the webapps look the engine up there: the context that started last would answer the requests a test
 * sends to its own server, on another database. Before each test, its own context's engine becomes the one by
 * that name again.
 */
public class EngineOfTheTestListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 4600;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
            if (engine != null) {
                ProcessEngines.registerProcessEngine(engine);
            }
        }
    }
}
