package it.fascicolosociale;

import java.nio.charset.StandardCharsets;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.classic.PatternLayout;

/**
 * Writes, besides the console, everything every application of the test run logs to one file (the surefire property
 * {@code fascicolo.test.log-file}), with the console's own pattern and converters, so that {@code privacy.LogCanaryScan}
 * can read the whole run's logs at the end of {@code mvn verify} (G25). The first application of the run starts the
 * file afresh; Spring Boot configures logging once per JVM, and an appender lost to a later configuration is added
 * again when the next application starts.
 */
public class TestLogFile implements ApplicationListener<ApplicationPreparedEvent> {

    private static final String NAME = "TEST_LOG_FILE";
    private static boolean started;

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        String file = System.getProperty("fascicolo.test.log-file");
        if (file == null || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        synchronized (TestLogFile.class) {
            if (root.getAppender(NAME) != null) {
                return;
            }
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern(consolePattern(root));
            encoder.setCharset(StandardCharsets.UTF_8);
            encoder.start();
            FileAppender<ILoggingEvent> appender = new FileAppender<>();
            appender.setContext(context);
            appender.setName(NAME);
            appender.setFile(file);
            appender.setAppend(started);
            appender.setEncoder(encoder);
            appender.start();
            root.addAppender(appender);
            started = true;
        }
    }

    /** The pattern of the console appender logback-spring.xml configured, so that the file reads as the console. */
    private static String consolePattern(Logger root) {
        for (var appenders = root.iteratorForAppenders(); appenders.hasNext(); ) {
            Appender<ILoggingEvent> appender = appenders.next();
            if (appender instanceof ConsoleAppender<ILoggingEvent> console
                    && console.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> wrapping
                    && wrapping.getLayout() instanceof PatternLayout layout) {
                return layout.getPattern();
            }
        }
        throw new IllegalStateException("No console appender with a pattern: logback-spring.xml changed?");
    }
}
