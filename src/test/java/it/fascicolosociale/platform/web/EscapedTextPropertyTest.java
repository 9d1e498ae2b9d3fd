package it.fascicolosociale.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import it.fascicolosociale.browser.XssPayloads;
import it.fascicolosociale.platform.SeededTexts;
import it.fascicolosociale.platform.SeededTexts.Weighted;

/**
 * G12, the sanitiser property: user text written by the templates' escaping never becomes markup. The pages turn user
 * text into HTML only through Thymeleaf's escaping (th:text, attribute values, messages with the text as an argument,
 * link parameters; notes keep their line breaks by CSS, class pre-line, not by markup): so 10,000 generated texts,
 * the XSS corpus among them, go through each of those uses on the Spring template engine, and the parsed result has
 * the elements, attributes and relative URLs of a harmless text, and gives the text back as typed.
 */
class EscapedTextPropertyTest {

    private static final long SEED = 5120261127L;
    private static final String USES = """
            <main>
            <p class="pre-line" th:text="${text}">Testo</p>
            <div th:text="${#messages.msgWithParams('case.timeline.download', arguments)}">Scarica</div>
            <a th:href="@{/people(q=${text})}" th:attr="aria-label=#{people.open(${text})}" th:text="${text}">Apri</a>
            <a th:href="@{/people/{id}(id=${text})}">Scheda</a>
            <span th:title="${text}" th:aria-label="#{case.person.open(|${text} ${text}|)}">Scheda</span>
            <form th:action="@{/people}"><input name="q" th:value="${text}"><textarea th:text="${text}"></textarea>
            <select><option th:value="${text}" th:text="${text}">Scelta</option></select></form>
            </main>""";
    private static final SpringTemplateEngine ENGINE = engine();
    private static final MockServletContext SERVLET_CONTEXT = new MockServletContext();
    private static final JakartaServletWebApplication APPLICATION = JakartaServletWebApplication.buildApplication(SERVLET_CONTEXT);
    private static final MarkupOutline HARMLESS = MarkupOutline.of(render("Rossi"));

    @Test
    void escapedUserTextAddsNoElementAttributeOrUrl() {
        SeededTexts.check(SEED, 10_000, EscapedTextPropertyTest::typedText, EscapedTextPropertyTest::staysText);
    }

    private static void staysText(String text) {
        MarkupOutline page = MarkupOutline.of(render(text));

        assertThat(page.elements()).as("elements").isEqualTo(HARMLESS.elements());
        assertThat(page.attributeNames()).as("attributes").isEqualTo(HARMLESS.attributeNames());
        assertThat(page.commentsAndCdata()).as("comments and CDATA sections").isEmpty();
        assertThat(page.urls()).as("URLs").hasSameSizeAs(HARMLESS.urls())
                .allSatisfy(url -> assertThat(url).as("a path of the application, no scheme, no host").matches("(?s)/(?![/\\\\]).*"));
        assertThat(page.text("p")).as("the text as typed").isEqualTo(text);
        assertThat(page.attribute("title")).as("the attribute as typed").isEqualTo(text);
    }

    /**
     * Texts an operator or an attacker may type: the stored XSS corpus, and strings made of markup pieces (tags,
     * quotes, character references, comment and CDATA openers, URL schemes, template expressions), letters and any
     * other characters.
     */
    private static String typedText(SeededTexts texts) {
        String text = "";
        // an empty text leaves its attribute out altogether: nothing to escape
        while (text.isEmpty()) {
            text = texts.weighted(
                    new Weighted(1, () -> texts.pick(CORPUS)),
                    new Weighted(4, () -> texts.joined(0, 16, () -> texts.weighted(
                            new Weighted(6, () -> texts.pick(PIECES)),
                            new Weighted(2, () -> texts.of(LETTERS, 6)),
                            new Weighted(2, () -> texts.ofRange('\u0000', '\ud7ff', 6))))));
        }
        return text;
    }

    private static final List<String> CORPUS = XssPayloads.all().stream().map(XssPayloads.Payload::text).toList();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final List<String> PIECES = List.of("<", ">", "</", "/>", "\"", "'", "`", "&", "&amp;", "&lt;", "&#60;",
            "&#x3c;", "&quot;", "=", "/", " ", "\t", "\n", "\r", "\0", ":", "javascript:", "data:", "vbscript:", "//", "script",
            "img", "svg", " onerror=", " src=", " href=", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml", "?>",
            "${", "}", "[[", "]]", "[(", ")]", "#{", "@{", "*{", "~{", "|", "th:text", "\u2028", "\u00a0", "\ufeff", "😀");

    private static String render(String text) {
        IWebExchange exchange = APPLICATION.buildExchange(new MockHttpServletRequest(SERVLET_CONTEXT), new MockHttpServletResponse());
        return ENGINE.process(USES, new WebContext(exchange, Locale.ITALY, Map.of("text", text, "arguments", new Object[] {text})));
    }

    /** The engine as the application has it: Spring's, in HTML mode, with the application's messages. */
    private static SpringTemplateEngine engine() {
        StringTemplateResolver templates = new StringTemplateResolver();
        templates.setTemplateMode(TemplateMode.HTML);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/casefile");
        messages.setDefaultEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
