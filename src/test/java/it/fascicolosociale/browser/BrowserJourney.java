package it.fascicolosociale.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port for a real browser, with the demo organization. Every browser journey
 * uses this one configuration, so that they share one started application. The journeys commit what they do (a
 * browser cannot work inside a test's transaction), so they always run on an embedded database of their own, even
 * when the other tests run on a server (the second pass of .ci/run): their persons and cases never meet other tests'.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
@ActiveProfiles("test")
@interface BrowserJourney {
}
