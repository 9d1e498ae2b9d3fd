package it.fascicolosociale.platform;

import java.util.Arrays;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * The stack trace after a log line, with the message of each exception kept on its own line (logback-spring.xml puts
 * it in place of Spring Boot's {@code %wEx}): an exception's message may quote a value from a request, as a log
 * message may (see {@link SingleLineMessage}).
 */
public class SingleLineThrowable extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(new OneLineMessages(throwable));
    }

    /** An exception as logback sees it, its messages and those of its causes and suppressed ones on one line each. */
    private record OneLineMessages(IThrowableProxy throwable) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return SingleLineMessage.onOneLine(throwable.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return SingleLineMessage.onOneLine(throwable.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return throwable.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return throwable.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return throwable.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return throwable.getCause() == null ? null : new OneLineMessages(throwable.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = throwable.getSuppressed();
            return suppressed == null ? null
                    : Arrays.stream(suppressed).map(OneLineMessages::new).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return throwable.isCyclic();
        }
    }
}
