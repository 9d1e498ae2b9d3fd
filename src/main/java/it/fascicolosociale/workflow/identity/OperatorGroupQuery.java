package it.fascicolosociale.workflow.identity;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.OperatorDirectory.GroupFilter;

/** The engine's group query, answered by the operator directory. */
class OperatorGroupQuery extends GroupQueryImpl {

    private final transient OperatorDirectory directory;

    OperatorGroupQuery(OperatorDirectory directory) {
        this.directory = directory;
    }

    OperatorGroupQuery(CommandExecutor commandExecutor, OperatorDirectory directory) {
        super(commandExecutor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return unsupportedFilter() ? 0 : directory.countGroups(filter());
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        if (unsupportedFilter()) {
            return List.of();
        }
        return directory.groups(filter(), EngineQueries.page(this, page)).stream()
                .<Group>map(OperatorGroup::new)
                .toList();
    }

    /** Every group is of type WORKFLOW; there are no tenants and no starter restrictions. */
    private boolean unsupportedFilter() {
        return tenantId != null || procDefId != null || (type != null && !OperatorGroup.TYPE.equals(type));
    }

    private GroupFilter filter() {
        List<String> groupIds = id != null ? List.of(id) : ids != null ? Arrays.asList(ids) : null;
        return new GroupFilter(groupIds, name, nameLike, userId);
    }
}
