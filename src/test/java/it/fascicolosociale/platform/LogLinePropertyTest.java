package it.fascicolosociale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.joran.spi.JoranException;

/**
 * G25: CR/LF injection is neutralised in every line the application logs. 10,000 generated pieces of request data
 * (paths, usernames typed at sign-in, ids, values that failed to convert), with line breaks of every kind, control
 * characters and whole forged log lines in them, go into the application's own log messages and through the console
 * encoder that logback-spring.xml configures: each event makes exactly one line, which still shows every printable
 * part of what was sent. 1,000 more go into the messages of a logged exception, its cause and a suppressed one.
 */
class LogLinePropertyTest {

    private static final long SEED = 25112026L;
    private static final String FORGED = "2026-11-27T03:00:00.000Z  INFO 1 --- [fascicolo-sociale] [main] i.f.access.AccessLog : ";
    private static final List<String> MESSAGES = List.of("Request refused: {}", "Not found: {}", "Task {} {} by {}{}",
            "Resolved [org.springframework.web.method.annotation.MethodArgumentTypeMismatchException: For input string: \"{}\"]",
            "Case {} handed to case manager {} by {}");
    private static final LoggerContext CONTEXT = new LoggerContext();
    private static final Encoder<ILoggingEvent> CONSOLE = applicationConsole();

    /** A value sent, and the message that quotes it. */
    private record Logged(String sent, String message) {
    }

    @Test
    void requestDataNeverStartsALogLine() {
        SeededTexts.check(SEED, 10_000, texts -> new Logged(requestData(texts), texts.pick(MESSAGES)),
                logged -> logsOneLine(logged.sent(), logged.message()));
    }

    private static void logsOneLine(String sent, String message) {
        LoggingEvent event = new LoggingEvent(LogLinePropertyTest.class.getName(),
                CONTEXT.getLogger("it.fascicolosociale.platform.web.ErrorPages"), Level.INFO, message, null,
                new Object[] {sent, sent, sent, sent});

        String line = new String(CONSOLE.encode(event), StandardCharsets.UTF_8);

        assertThat(line).as("one line, ended by the line separator").endsWith(System.lineSeparator());
        String body = line.substring(0, line.length() - System.lineSeparator().length());
        assertThat(body.chars().filter(ch -> Character.isISOControl(ch) && ch != '\t' || ch == '\u2028' || ch == '\u2029'))
                .as("line breaks and control characters inside the line").isEmpty();
        for (String printable : sent.split("[\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]+")) {
            assertThat(body).as("what was sent, shown").contains(printable);
        }
    }

    /** An exception's message quoting the value sent takes as many lines as one quoting a harmless value. */
    @Test
    void requestDataInAnExceptionMessageNeverStartsALogLine() {
        SeededTexts.check(SEED, 1_000, LogLinePropertyTest::requestData, LogLinePropertyTest::keepsTheStackTracesLines);
    }

    private static void keepsTheStackTracesLines(String sent) {
        String quoted = new String(CONSOLE.encode(failure(sent)), StandardCharsets.UTF_8);
        String harmless = new String(CONSOLE.encode(failure("x")), StandardCharsets.UTF_8);

        assertThat(quoted.lines()).as("lines of the stack trace").hasSameSizeAs(harmless.lines().toList());
        assertThat(quoted.chars().filter(ch -> Character.isISOControl(ch) && ch != '\t' && ch != '\n' || ch == '\u2028'
                || ch == '\u2029')).as("line breaks other than the stack trace's own").isEmpty();
    }

    /** A value that failed to convert, logged with the exception, its cause and a suppressed one quoting it. */
    private static LoggingEvent failure(String sent) {
        IllegalArgumentException failure = new IllegalArgumentException("Failed to convert value [" + sent + "]",
                new NumberFormatException("For input string: \"" + sent + "\""));
        failure.addSuppressed(new IllegalStateException(sent));
        return new LoggingEvent(LogLinePropertyTest.class.getName(), CONTEXT.getLogger("org.springframework.web"), Level.WARN,
                "Resolved [{}]", failure, new Object[] {sent});
    }

    /** Paths, usernames and ids as an attacker may send them: words, separators, line breaks, forged lines. */
    static String requestData(SeededTexts texts) {
        return texts.joined(1, 12, () -> texts.weighted(
                new SeededTexts.Weighted(5, () -> texts.pick(PIECES)),
                new SeededTexts.Weighted(2, () -> texts.of(ALPHANUMERIC, 8)),
                new SeededTexts.Weighted(2, () -> texts.ofRange('\u0000', '\ud7ff', 6))));
    }

    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final List<String> PIECES = List.of("\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029", "\u000b", "\f", "\0",
            "\u001b[2J", "\t", "%0d%0a", "\\n", FORGED, "elena.conte", "/people/", "/cases/42", "admin", " ", "'", "\"", "{}", "%s",
            "${jndi:x}");

    /** The encoder of the console appender of logback-spring.xml, configured in a logger context of its own. */
    @SuppressWarnings("unchecked")
    private static Encoder<ILoggingEvent> applicationConsole() {
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(CONTEXT);
        try {
            configurator.doConfigure(LogLinePropertyTest.class.getResource("/logback-spring.xml"));
        } catch (JoranException unconfigured) {
            throw new IllegalStateException(unconfigured);
        }
        return ((OutputStreamAppender<ILoggingEvent>) CONTEXT.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE"))
                .getEncoder();
    }
}
