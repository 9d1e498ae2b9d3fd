package it.fascicolosociale.platform;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says when the application is ready for its operators. Spring's "Started" line comes before the start-up runners,
 * and the demo cases are made by one, so "Started" is not when the pages show the demo: this line is, and
 * {@code .ci/measure-startup} waits for it.
 */
@Component
class ReadinessLog {

    static final String READY = "Ready for the operators in";

    private static final Logger log = LoggerFactory.getLogger(ReadinessLog.class);

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        Duration taken = ready.getTimeTaken();
        log.info("{} {} seconds", READY, taken == null ? "?" : String.format(Locale.ROOT, "%.1f", taken.toMillis() / 1000.0));
    }
}
