package it.fascicolosociale.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in page in a real browser: accessible, wrong passwords explained, the operator reaches the home page. */
@BrowserJourney
class SignInJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void anOperatorSignsInAfterAMistypedPassword() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login").assertAccessible("login").screenshot("login");
            browser.find(org.openqa.selenium.By.id("username")).sendKeys("laura.bianchi");
            browser.find(org.openqa.selenium.By.id("password")).sendKeys("sbagliata");
            browser.clickAndWaitForNextPage(org.openqa.selenium.By.cssSelector("#contenuto button[type=submit]"));
            assertThat(browser.text()).contains("Nome utente o password non corretti");
            browser.screenshot("login-error");

            browser.signIn("laura.bianchi");
            assertThat(browser.text()).contains("Operatore: laura.bianchi").contains("Le mie attività");
            browser.assertAccessible("home").screenshot("home");
        }
    }

    @Test
    void aCoordinatorGivesTheCodeOfTheAuthenticatorAppAfterThePassword() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.find(org.openqa.selenium.By.id("username")).sendKeys("giorgio.moretti");
            browser.find(org.openqa.selenium.By.id("password")).sendKeys("Fascicolo-Demo-2026");
            browser.clickAndWaitForNextPage(org.openqa.selenium.By.cssSelector("#contenuto button[type=submit]"));
            assertThat(browser.text()).contains("Codice di verifica").doesNotContain("Operatore:");
            browser.assertAccessible("second factor").screenshot("second-factor");

            browser.enterCode(Browser.DEMO_TOTP_SECRET);
            assertThat(browser.text()).contains("Operatore: giorgio.moretti");

            browser.go("/profile/security");
            assertThat(browser.text()).contains("Il mio profilo: sicurezza").contains("Attiva: all");
            browser.assertAccessible("profile").screenshot("profile-security");
            browser.go("/profile/security/second-factor");
            assertThat(browser.find(org.openqa.selenium.By.id("otpauth-uri")).getText()).startsWith("otpauth://totp/");
            browser.assertAccessible("enrolment").screenshot("second-factor-enrolment");
        }
    }

    @Test
    void theAccessibilityCheckCatchesAnImageWithoutAlternativeText() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.driver().get("data:text/html,<html lang=\"it\"><head><title>t</title></head><body><main><img src=\"x.png\"></main></body></html>");

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> browser.assertAccessible("broken page"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
        }
    }
}
