package it.fascicolosociale.workflow.identity;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.OperatorDirectory.AccountFilter;

/** The engine's user query, answered by the operator directory. */
class OperatorUserQuery extends UserQueryImpl {

    private final transient OperatorDirectory directory;

    OperatorUserQuery(OperatorDirectory directory) {
        this.directory = directory;
    }

    OperatorUserQuery(CommandExecutor commandExecutor, OperatorDirectory directory) {
        super(commandExecutor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return tenantId != null || procDefId != null ? 0 : directory.countAccounts(filter());
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        if (tenantId != null || procDefId != null) {
            return List.of();
        }
        return directory.accounts(filter(), EngineQueries.page(this, page)).stream()
                .<User>map(OperatorUser::new)
                .toList();
    }

    private AccountFilter filter() {
        List<String> usernames = id != null ? List.of(id) : ids != null ? Arrays.asList(ids) : null;
        return new AccountFilter(usernames, firstName, firstNameLike, lastName, lastNameLike, email, emailLike, groupId);
    }
}
