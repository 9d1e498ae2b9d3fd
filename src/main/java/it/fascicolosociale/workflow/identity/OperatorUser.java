package it.fascicolosociale.workflow.identity;

import org.camunda.bpm.engine.identity.User;

import it.fascicolosociale.organization.OperatorDirectory.Account;

/** An operator seen as an engine user. Setters refuse: the identity is read-only. */
final class OperatorUser implements User {

    private final Account account;

    OperatorUser(Account account) {
        this.account = account;
    }

    @Override
    public String getId() {
        return account.username();
    }

    @Override
    public String getFirstName() {
        return account.firstName();
    }

    @Override
    public String getLastName() {
        return account.lastName();
    }

    @Override
    public String getEmail() {
        return account.email();
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public void setId(String id) {
        throw readOnly();
    }

    @Override
    public void setFirstName(String firstName) {
        throw readOnly();
    }

    @Override
    public void setLastName(String lastName) {
        throw readOnly();
    }

    @Override
    public void setEmail(String email) {
        throw readOnly();
    }

    @Override
    public void setPassword(String password) {
        throw readOnly();
    }

    static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("Operators are edited in the application's administration pages");
    }
}
