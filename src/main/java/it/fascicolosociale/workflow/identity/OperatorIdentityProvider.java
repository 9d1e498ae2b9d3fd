package it.fascicolosociale.workflow.identity;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.context.Context;

import it.fascicolosociale.organization.OperatorDirectory;

/**
 * The engine's view of who is who: operators are users, their {@code role@unit} groups are groups.
 * Read-only: operators are managed in the application's administration pages, never in Camunda Admin.
 */
class OperatorIdentityProvider implements ReadOnlyIdentityProvider {

    private final OperatorDirectory directory;

    OperatorIdentityProvider(OperatorDirectory directory) {
        this.directory = directory;
    }

    @Override
    public User findUserById(String userId) {
        return directory.account(userId).map(OperatorUser::new).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new OperatorUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), directory);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new OperatorUserQuery(directory);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new IdentityProviderException("Native user queries are not supported: operators live in the application");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return directory.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return createGroupQuery(null).groupId(groupId).singleResult();
    }

    @Override
    public org.camunda.bpm.engine.identity.GroupQuery createGroupQuery() {
        return new OperatorGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), directory);
    }

    @Override
    public org.camunda.bpm.engine.identity.GroupQuery createGroupQuery(CommandContext commandContext) {
        return new OperatorGroupQuery(directory);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // nothing buffered: the provider only reads
    }

    @Override
    public void close() {
        // the directory's connections belong to the application's transaction
    }
}
