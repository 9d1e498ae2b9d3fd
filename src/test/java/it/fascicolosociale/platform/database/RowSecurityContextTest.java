package it.fascicolosociale.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.IntegrationTest;

@IntegrationTest
class RowSecurityContextTest {

    @Autowired
    RowSecurityContext rowSecurity;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTransactionStartedInsideAnotherGetsTheContextItselfAndTheOuterOneKeepsItsOwn() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        signIn("anna.operatrice");
        try (RowSecurityContext.Scope request = rowSecurity.request()) {
            List<String> seen = outer.execute(status -> {
                String before = operatorInDatabase();
                String nested = inner.execute(nestedStatus -> operatorInDatabase());
                String nestedAsSystem = rowSecurity.asSystem(() -> inner.execute(nestedStatus -> systemInDatabase()));
                return List.of(before, nested, nestedAsSystem, operatorInDatabase());
            });
            assertThat(seen).containsExactly("anna.operatrice", "anna.operatrice", "on", "anna.operatrice");
        }
    }

    @Test
    void aNewTransactionStartsFromTheContextWantedNowNotFromOneThatEnded() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try (RowSecurityContext.Scope request = rowSecurity.request()) {
            signIn("anna.operatrice");
            String first = transaction.execute(status -> operatorInDatabase());
            signIn("bruno.operatore");
            String second = transaction.execute(status -> operatorInDatabase());
            assertThat(List.of(first, second)).containsExactly("anna.operatrice", "bruno.operatore");
        }
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    private String operatorInDatabase() {
        return jdbc.sql("select coalesce(current_setting('fascicolo.operator', true), '')").query(String.class).single();
    }

    private String systemInDatabase() {
        return jdbc.sql("select coalesce(current_setting('fascicolo.system', true), '')").query(String.class).single();
    }
}
