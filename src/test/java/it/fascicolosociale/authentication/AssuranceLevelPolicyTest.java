package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssuranceLevelPolicyTest {

    private static final String SPID_L1 = "https://www.spid.gov.it/SpidL1";
    private static final String SPID_L2 = "https://www.spid.gov.it/SpidL2";
    private static final String SPID_L3 = "https://www.spid.gov.it/SpidL3";

    private final AssuranceLevelPolicy byDefault = new AssuranceLevelPolicy(SPID_L2, true);

    @Test
    void acceptsSpidLevels2And3ButNotLevel1() {
        assertThat(byDefault.accepts(SPID_L1)).isFalse();
        assertThat(byDefault.accepts(SPID_L2)).isTrue();
        assertThat(byDefault.accepts(SPID_L3)).isTrue();
    }

    @Test
    void takesTheEidasLevelsAsTheSpidOnes() {
        assertThat(byDefault.accepts("http://eidas.europa.eu/LoA/low")).isFalse();
        assertThat(byDefault.accepts("http://eidas.europa.eu/LoA/substantial")).isTrue();
        assertThat(byDefault.accepts("http://eidas.europa.eu/LoA/high")).isTrue();
    }

    @Test
    void refusesAnUnknownOrMisspelledLevel() {
        assertThat(byDefault.accepts("https://www.spid.gov.it/spidl2")).isFalse();
        assertThat(byDefault.accepts("urn:example:mfa")).isFalse();
        assertThat(byDefault.accepts("")).isFalse();
    }

    @Test
    void refusesAMissingLevelUnlessTheEnteSaysItsProviderNeverSendsOne() {
        assertThat(byDefault.accepts(null)).isFalse();

        AssuranceLevelPolicy withoutAcr = new AssuranceLevelPolicy(SPID_L2, false);
        assertThat(withoutAcr.accepts(null)).isTrue();
        assertThat(withoutAcr.accepts(SPID_L1)).as("a level that is stated still counts").isFalse();
    }

    @Test
    void aHigherMinimumRefusesLevel2() {
        AssuranceLevelPolicy level3 = new AssuranceLevelPolicy(SPID_L3, true);

        assertThat(level3.accepts(SPID_L2)).isFalse();
        assertThat(level3.accepts(SPID_L3)).isTrue();
    }

    @Test
    void aMinimumItDoesNotKnowStopsTheApplication() {
        assertThatThrownBy(() -> new AssuranceLevelPolicy("SpidL2", true)).isInstanceOf(IllegalArgumentException.class);
    }
}
