package it.fascicolosociale.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session cookie as the production profile sets it, on a real server: the {@code __Host-} prefix with what
 * browsers require of it (Secure, Path=/, no Domain), HttpOnly and SameSite. The test profile comes last only
 * for the demo organization; it sets nothing about cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"production", "test"})
class ProductionSessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsAHostCookieSecureHttpOnlyAndSameSite() throws Exception {
        List<String> cookies = new SignedInClient(port).get("/login").headers().allValues("Set-Cookie");

        assertThat(cookies).filteredOn(cookie -> cookie.contains("JSESSIONID")).singleElement().satisfies(cookie -> {
            assertThat(cookie).startsWith("__Host-JSESSIONID=").contains("; Path=/;").contains("; Secure")
                    .contains("; HttpOnly").contains("; SameSite=Lax");
            assertThat(cookie.toLowerCase()).doesNotContain("domain=");
        });
    }
}
