package it.fascicolosociale.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The line .ci/measure-startup waits for: the time to readiness, start-up runners (the demo cases) included. */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessLogTest {

    @Test
    void logsTheTimeUntilTheApplicationIsReady(CapturedOutput output) {
        new ReadinessLog().onReady(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                mock(ConfigurableApplicationContext.class), Duration.ofMillis(27_349)));

        assertThat(output.getOut()).contains("Ready for the operators in 27.3 seconds");
    }
}
