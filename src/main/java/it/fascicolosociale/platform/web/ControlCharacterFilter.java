package it.fascicolosociale.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a request whose parameters (query, form fields, multipart fields) carry a
 * control character: the null character, which PostgreSQL cannot store in text, and the other C0 and C1
 * controls, which no one types and which break logs, exports and screen readers. Tab, line feed and carriage return
 * stay allowed (the text areas). The answer is a 400 with an Italian message, a page for a browser and a problem for
 * the JSON APIs; nothing has been read or written. It runs in each security filter chain right after the security
 * headers are written, before the sign-in forms and anything else read the request (platform.security.SecurityConfiguration).
 * <p>
 * The engine's REST API and the Camunda webapps read their own bodies: for them the query string is checked, and a
 * JSON body is read once and handed on, so that no form body of theirs is consumed here. An uploaded file's own name
 * is not a parameter: notes.DocumentUpload keeps only its safe characters.
 */
@Component
public final class ControlCharacterFilter extends OncePerRequestFilter {

    static final String MESSAGE_CODE = "error.control-characters";
    private static final Logger log = LoggerFactory.getLogger(ControlCharacterFilter.class);
    private static final List<String> OWN_BODIES = List.of("/engine-rest/", "/camunda/");
    /** Parameter names the log may show: the forms' own; anything else sent is not repeated. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,40}");
    private static final Pattern SECRET = Pattern.compile("(?i)password|csrf|code|token|secret");
    private static final int TYPED_TEXT_LENGTH = 40;
    private static final List<String> JSON_APIS = List.of("/api/", "/engine-rest/", "/camunda/api/");

    private final MessageSource messages;

    ControlCharacterFilter(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether the text holds a character no one may send: C0 controls but tab, line feed, carriage return; DEL; C1. */
    static boolean isRefused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7f && c <= 0x9f) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String refused = OWN_BODIES.stream().anyMatch(path::startsWith) ? refusedInQuery(request.getQueryString())
                : refusedParameter(request);
        JsonBody json = JsonBody.of(request);
        if (refused == null && json != null && json.hasRefusedCharacter()) {
            refused = "(JSON body)";
        }
        if (refused == null) {
            chain.doFilter(json == null ? request : json, response);
            return;
        }
        log.info("Request refused: a control character in parameter {}", PLAIN_NAME.matcher(refused).matches() ? refused : "(not shown)");
        if (JSON_APIS.stream().anyMatch(path::startsWith)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":400,\"title\":\"Bad Request\",\"detail\":\""
                    + messages.getMessage(MESSAGE_CODE, null, Locale.ITALY).replace("\"", "\\\"") + "\"}");
            return;
        }
        request.setAttribute(ErrorPageAttributes.MESSAGE_CODE, MESSAGE_CODE);
        request.setAttribute(ErrorPageAttributes.TYPED_TEXTS, typedTexts(request));
        response.setHeader("Cache-Control", "no-store");
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * The longer texts a form sent (a note, an explanation), without the refused characters, for the error page to give
     * back: a refused form must not cost the operator what they wrote, and the page they came from is not kept by the
     * browser ({@code no-store}). Never a password, a code or a token; only what this operator just typed.
     */
    static List<String> typedTexts(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return List.of();
        }
        return request.getParameterMap().entrySet().stream()
                .filter(parameter -> !SECRET.matcher(parameter.getKey()).find())
                .flatMap(parameter -> Stream.of(parameter.getValue()))
                .filter(value -> value.strip().length() >= TYPED_TEXT_LENGTH)
                .map(ControlCharacterFilter::withoutRefused).toList();
    }

    private static String withoutRefused(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isRefused(Character.toString(c))).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The name of the first parameter whose name or a value is refused, or null. */
    private static String refusedParameter(HttpServletRequest request) throws IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (isRefused(parameter.getKey()) || List.of(parameter.getValue()).stream().anyMatch(ControlCharacterFilter::isRefused)) {
                return parameter.getKey();
            }
        }
        return null;
    }

    private static String refusedInQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (isRefused(name) || isRefused(value)) {
                return name;
            }
        }
        return null;
    }

    /** Decoded as the container decodes it; a malformed escape is left to the container, which refuses it itself. */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    /**
     * A JSON body, read once and handed on: a control character may come raw or as a {@code \\u} escape. Bodies of
     * no stated length or of more than a mebibyte are passed on unread (the engine's JSON bodies are small queries).
     */
    private static final class JsonBody extends HttpServletRequestWrapper {

        private static final int MOST = 1 << 20;
        private final byte[] body;

        private JsonBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        static JsonBody of(HttpServletRequest request) throws IOException {
            String type = request.getContentType();
            long length = request.getContentLengthLong();
            if (type == null || !type.toLowerCase(Locale.ROOT).contains("json") || length < 0 || length > MOST) {
                return null;
            }
            return new JsonBody(request, request.getInputStream().readNBytes((int) length));
        }

        boolean hasRefusedCharacter() {
            String text = new String(body, StandardCharsets.UTF_8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    i++;
                    if (text.charAt(i) == 'u' && isRefused(escaped(text, i + 1))) {
                        return true;
                    }
                } else if (isRefused(String.valueOf(c))) {
                    return true;
                }
            }
            return false;
        }

        /** The character of the four hex digits at {@code from}; none when they are not (the JSON parser refuses it). */
        private static String escaped(String text, int from) {
            if (from + 4 > text.length() || !text.substring(from, from + 4).chars().allMatch(digit -> Character.digit(digit, 16) >= 0)) {
                return "";
            }
            return String.valueOf((char) Integer.parseInt(text.substring(from, from + 4), 16));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
