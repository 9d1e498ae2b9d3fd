package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The scan of the whole run's logs finds each kind of canary, and nothing in the lines an operator's work leaves. */
class LogCanaryScanTest {

    @Test
    void findsDemoSurnamesTestPeopleAndValidCodiciFiscaliOnly() throws Exception {
        List<String> canaries = java.util.stream.Stream.concat(LogCanaryScan.demoCanaries().stream(),
                LogCanaryScan.testPeople(Path.of("src/test/java")).stream()).map(c -> c.toLowerCase(Locale.ROOT)).toList();

        assertThat(canaries).contains("quercetti", "ottavina nullari", "nullari ottavina");
        assertThat(LogCanaryScan.hitsIn("INFO Case 12 opened for person 7 by elena.conte", 1, canaries)).isEmpty();
        assertThat(LogCanaryScan.hitsIn("WARN lookup of QUERCETTI failed", 2, canaries)).hasSize(1);
        assertThat(LogCanaryScan.hitsIn("DEBUG searched Ottavina Nullari", 3, canaries)).hasSize(1);
        assertThat(LogCanaryScan.hitsIn("DEBUG searched NUOTST85C12B563H", 4, canaries)).hasSize(1);
        assertThat(LogCanaryScan.hitsIn("DEBUG token NUOTST85C12B563X", 5, canaries)).as("not a valid code").isEmpty();
    }
}
