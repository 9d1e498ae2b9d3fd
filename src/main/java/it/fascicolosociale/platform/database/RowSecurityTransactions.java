package it.fascicolosociale.platform.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;

/**
 * Puts {@link RowSecurityContext} where every transaction passes: the transaction manager (used by
 * {@code @Transactional}, the repositories and the process engine alike) writes the context whenever a
 * transaction starts or is joined; the engine's job executor runs its jobs as the system.
 */
@Configuration(proxyBeanMethods = false)
class RowSecurityTransactions {

    /** The bean name the Camunda starter gives the job executor's thread pool. */
    static final String JOB_EXECUTOR_POOL = "camundaTaskExecutor";

    @Bean
    static BeanPostProcessor rowSecurityTransactionManager(ObjectProvider<RowSecurityContext> context) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ThreadPoolTaskExecutor pool && JOB_EXECUTOR_POOL.equals(name)) {
                    pool.setTaskDecorator(RowSecurityContext::systemTask);
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PlatformTransactionManager manager && !(bean instanceof Applying)
                        ? new Applying(manager, context) : bean;
            }
        };
    }

    /** The application's transaction manager, writing the context after each start or join. */
    static final class Applying implements PlatformTransactionManager {

        private final PlatformTransactionManager delegate;
        private final ObjectProvider<RowSecurityContext> context;

        Applying(PlatformTransactionManager delegate, ObjectProvider<RowSecurityContext> context) {
            this.delegate = delegate;
            this.context = context;
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
            TransactionStatus status = delegate.getTransaction(definition);
            try {
                context.getObject().applyToCurrentTransaction();
            } catch (RuntimeException | Error failed) {
                delegate.rollback(status);
                throw failed;
            }
            return status;
        }

        @Override
        public void commit(TransactionStatus status) throws TransactionException {
            delegate.commit(status);
        }

        @Override
        public void rollback(TransactionStatus status) throws TransactionException {
            delegate.rollback(status);
        }
    }
}
