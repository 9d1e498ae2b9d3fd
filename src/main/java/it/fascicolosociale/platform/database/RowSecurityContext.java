package it.fascicolosociale.platform.database;

import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who the database's row-level security sees in the current transaction: the signed-in operator (from the Spring
 * Security principal, so that a user can forge nothing), the system (work that is nobody's request, set
 * deliberately with {@link #asSystem}), or nobody, who sees no personal row. Written into the transaction with
 * {@code set_config(..., true)}, so it never outlives it, each time a transaction starts or a transactional method
 * joins one whose context is not the one wanted, and when a request starts or ends inside an open transaction (a
 * test's transaction, opened before its user signed in).
 */
@Component
public class RowSecurityContext {

    /** How the current thread works: as the system, or serving a request (as its operator, or as nobody). */
    private enum Mode { SYSTEM, REQUEST }

    private static final ThreadLocal<Mode> MODE = new ThreadLocal<>();
    /** The system context, as a name no operator can have (usernames are lower-case letters, digits, . _ -). */
    private static final String SYSTEM = "<SYSTEM>";
    private static final String SET = "select set_config('fascicolo.operator', ?, true), set_config('fascicolo.system', ?, true)";

    private static final Logger log = LoggerFactory.getLogger(RowSecurityContext.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<EntityManagerFactory> entityManagers;

    RowSecurityContext(DataSource dataSource, ObjectProvider<EntityManagerFactory> entityManagers) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManagers = entityManagers;
    }

    /** Runs work that is nobody's request (a start-up runner, an aggregate over every comune) as the system. */
    public <T> T asSystem(Supplier<T> work) {
        try (Scope system = enter(Mode.SYSTEM)) {
            return work.get();
        }
    }

    public void asSystem(Runnable work) {
        try (Scope system = enter(Mode.SYSTEM)) {
            work.run();
        }
    }

    /**
     * From now until the scope closes, the thread works as the system, except while it serves a request: for work
     * outside any request that cannot be wrapped in {@link #asSystem}, such as a test method around its requests.
     */
    public Scope system() {
        return enter(Mode.SYSTEM);
    }

    /** While a request is served: its operator, or nobody, even on a thread that was working as the system. */
    Scope request() {
        return enter(Mode.REQUEST);
    }

    /** A stretch of work in a mode; closing it restores the mode before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** A task for another thread (the job executor's) that runs as the system; its transactions start there. */
    public static Runnable systemTask(Runnable task) {
        return () -> {
            MODE.set(Mode.SYSTEM);
            try {
                task.run();
            } finally {
                MODE.remove();
            }
        };
    }

    /** Brings the current transaction, if any, to the context wanted now. */
    void applyToCurrentTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        Applied applied = Applied.inCurrentTransaction();
        String wanted = wanted();
        if (!wanted.equals(applied.context)) {
            flushPendingWrites();
            boolean system = SYSTEM.equals(wanted);
            jdbc.queryForList(SET, system || wanted.isEmpty() ? "" : wanted, system ? "on" : "");
            applied.context = wanted;
        }
    }

    /** Changes made under one context are written under it, before the next one applies. */
    private void flushPendingWrites() {
        EntityManagerFactory factory = entityManagers.getIfAvailable();
        if (factory != null && TransactionSynchronizationManager.getResource(factory) instanceof EntityManagerHolder holder) {
            holder.getEntityManager().flush();
        }
    }

    private Scope enter(Mode mode) {
        Mode before = MODE.get();
        MODE.set(mode);
        applyToCurrentTransaction();
        return () -> {
            if (before == null) {
                MODE.remove();
            } else {
                MODE.set(before);
            }
            try {
                applyToCurrentTransaction();
            } catch (DataAccessException failed) {
                // the transaction failed before (PostgreSQL refuses every statement after an error): it can only
                // roll back, and no query can run under the context left in it
                log.debug("Row-security context not restored in a failed transaction", failed);
            }
        };
    }

    /** The username of the operator, {@link #SYSTEM}, or empty for nobody. */
    private static String wanted() {
        Mode mode = MODE.get();
        if (mode == Mode.SYSTEM) {
            return SYSTEM;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        return "";
    }

    /**
     * The context written into one transaction; lives and dies with it. Kept as a transaction resource, found by key:
     * a long transaction (the demo cases) gathers thousands of the engine's synchronizations, which
     * {@code getSynchronizations()} would sort and copy at every look-up.
     */
    private static final class Applied implements TransactionSynchronization {

        private static final Object KEY = new Object();

        private String context = "";

        static Applied inCurrentTransaction() {
            if (TransactionSynchronizationManager.getResource(KEY) instanceof Applied applied) {
                return applied;
            }
            Applied applied = new Applied();
            TransactionSynchronizationManager.bindResource(KEY, applied);
            TransactionSynchronizationManager.registerSynchronization(applied);
            return applied;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(KEY);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(KEY, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}
