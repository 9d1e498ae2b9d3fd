package it.fascicolosociale.workflow.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.OperatorDirectory;

/**
 * Replaces the engine's own user and group tables with the organization's operators, so that Cockpit,
 * Tasklist and Admin show the same people and groups as the application, and candidate-group task
 * queries match the routing groups.
 */
@Component
class OperatorIdentityPlugin extends AbstractProcessEnginePlugin {

    private final OperatorDirectory directory;

    OperatorIdentityPlugin(OperatorDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new OperatorIdentityProvider(directory);
            }
        });
    }
}
