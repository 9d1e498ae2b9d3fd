package it.fascicolosociale;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import it.fascicolosociale.platform.database.RowSecurityContext;

/**
 * A test method drives the engine and the domain services directly, as the job executor and the start-up runners
 * do, and prepares its data as the operators of other comuni did: it works as the system, like them. The requests
 * it makes (MockMvc) work as their operator, through the request filter, exactly as in production, including
 * inside the test's transaction. Runs after the test's transaction has started (order 4000).
 */
public class RowSecurityTestListener implements TestExecutionListener, Ordered {

    private static final String SCOPE = RowSecurityTestListener.class.getName() + ".scope";

    @Override
    public int getOrder() {
        return 4500;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            RowSecurityContext context = testContext.getApplicationContext().getBeanProvider(RowSecurityContext.class).getIfAvailable();
            if (context != null) {
                testContext.setAttribute(SCOPE, context.system());
            }
        }
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.getAttribute(SCOPE) instanceof RowSecurityContext.Scope scope) {
            scope.close();
            testContext.removeAttribute(SCOPE);
        }
    }
}
