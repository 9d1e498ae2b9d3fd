package it.fascicolosociale.workflow.identity;

import org.camunda.bpm.engine.identity.Group;

import it.fascicolosociale.organization.OperatorDirectory.WorkGroup;

/** A {@code role@unit} candidate group seen as an engine group. */
final class OperatorGroup implements Group {

    static final String TYPE = "WORKFLOW";

    private final WorkGroup group;

    OperatorGroup(WorkGroup group) {
        this.group = group;
    }

    @Override
    public String getId() {
        return group.id();
    }

    @Override
    public String getName() {
        return group.name();
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void setId(String id) {
        throw OperatorUser.readOnly();
    }

    @Override
    public void setName(String name) {
        throw OperatorUser.readOnly();
    }

    @Override
    public void setType(String type) {
        throw OperatorUser.readOnly();
    }
}
