package it.fascicolosociale.platform;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The message of a log line, kept on that line (logback-spring.xml puts it in place of {@code %m}): a request's path,
 * a username typed at sign-in, a value that failed to convert reach the log inside messages, some of them written by
 * Spring itself, and a line break in them would start a line the application never wrote (log forging, CWE-117,
 * ASVS 16.4.1). Carriage returns and line feeds show as {@code \r} and {@code \n}, the other control characters and
 * the Unicode line and paragraph separators as {@code \}{@code uXXXX}; tabs stay.
 */
public class SingleLineMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return onOneLine(super.convert(event));
    }

    static String onOneLine(String message) {
        if (message == null || message.chars().noneMatch(SingleLineMessage::breaksTheLine)) {
            return message;
        }
        StringBuilder line = new StringBuilder(message.length() + 8);
        message.chars().forEach(ch -> {
            if (ch == '\r') {
                line.append("\\r");
            } else if (ch == '\n') {
                line.append("\\n");
            } else if (breaksTheLine(ch)) {
                line.append(String.format("\\u%04x", ch));
            } else {
                line.append((char) ch);
            }
        });
        return line.toString();
    }

    private static boolean breaksTheLine(int ch) {
        return (Character.isISOControl(ch) && ch != '\t') || ch == '\u2028' || ch == '\u2029';
    }
}
