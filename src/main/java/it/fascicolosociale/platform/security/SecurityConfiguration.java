package it.fascicolosociale.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import it.fascicolosociale.platform.web.ControlCharacterFilter;

/**
 * Who may call what. Operators sign in once with a form and a session; the Camunda webapps take that
 * session. Machine clients of the engine REST API (the Camunda Modeler's deploy button) use HTTP Basic
 * without a session. Deploying processes is reserved to process designers, everywhere.
 * <p>
 * After the password, the {@link SignInSteps} of the authentication module may ask for a second factor
 * (TOTP); HTTP Basic is a password alone, so accounts with a second factor cannot use it (the process
 * designers' Modeler deploys keep working: their role does not require one). An OIDC provider, when one is
 * configured, is a second way in. Session cookie, idle timeout, absolute lifetime, the end of the sessions of a
 * changed account and the sign-in steps are documented in the README, section "Security".
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No inline or foreign scripts, no plugins, no {@code <base>} (no page needs one, and an injected one would send
     * relative links elsewhere); inline styles stay allowed for Bootstrap Italia's components.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final long HSTS_MAX_AGE = 31_536_000;
    /** Pages and files that show a person or a case: never kept by the browser or a proxy (back button, shared PC). */
    static final RequestMatcher PERSONAL_PAGES = new OrRequestMatcher(path("/people/**"), path("/cases/**"), path("/tasks/**"),
            path("/intake/**"), path("/kpi/export/**"), path("/kpi/comuni/*/export/**"), path("/api/**"));
    static final String PROCESS_DESIGNER = "PROCESS_DESIGNER";
    static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    private static final String[] PROCESS_MONITORS = {PROCESS_DESIGNER, "COORDINATOR", "AREA_MANAGER", "DIRECTOR", SYSTEM_ADMIN};

    /** Paths are matched on the whole request path: the engine REST API and the webapps are not Spring MVC servlets. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * What completes a task or starts a process in the engine's APIs (REST and the webapps' own): closed to everyone.
     * Tasks are completed and processes started only through the application (workflow.TaskCompletion, ProcessStart),
     * which validates the form, records the submission and the access, and maps it onto the domain; Camunda Tasklist,
     * which would do the same behind its back, is closed too (the application's task list replaces it).
     */
    private static RequestMatcher engineActions(String api) {
        return new OrRequestMatcher(java.util.stream.Stream.of("/task/*/complete", "/task/*/submit-form", "/task/*/resolve",
                        "/process-definition/*/start", "/process-definition/*/submit-form",
                        "/process-definition/key/*/start", "/process-definition/key/*/submit-form",
                        "/process-definition/key/*/tenant-id/*/start", "/process-definition/key/*/tenant-id/*/submit-form",
                        "/message", "/message/**", "/signal", "/signal/**")
                .map(action -> path(HttpMethod.POST, api + action)).toList());
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /**
     * Answers API clients (engine REST, the webapps' API) directly: the servlet container's error page would
     * dispatch the request to Spring MVC, which cannot read the engine API's multipart uploads.
     */
    private static void askForCredentials(HttpServletRequest request, HttpServletResponse response,
                                          AuthenticationException exception) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Fascicolo Sociale\"");
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized");
    }

    static void problem(HttpServletResponse response, int status, String title) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + title + "\"}");
    }

    /** Overrides whatever the controller chose: these responses are never stored. */
    private static void noStore(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store, no-cache, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
    }

    /**
     * The headers of every answer of the application, its JSON API and the engine's REST API: the content security
     * policy, no framing, the referrer kept on the site, HSTS over HTTPS, and no-store on what shows a person or a case.
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PERSONAL_PAGES, SecurityConfiguration::noStore))
                // the Camunda webapps send their own policy, which their scripts need
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(path("/camunda/**")),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * HTTP Basic for machine clients: the operators' password check (lockout included), then refused for an
     * account that has a second factor, which a password alone on every call would bypass.
     */
    private static AuthenticationManager passwordAlone(AuthenticationConfiguration configuration, SignInSteps steps)
            throws Exception {
        AuthenticationManager passwords = configuration.getAuthenticationManager();
        return attempt -> {
            Authentication signedIn = passwords.authenticate(attempt);
            if (!steps.acceptsPasswordAlone(signedIn)) {
                throw new BadCredentialsException("this account signs in with a second factor, not with HTTP Basic");
            }
            return signedIn;
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http, AuthenticationConfiguration configuration, SignInSteps steps,
                                      ControlCharacterFilter controlCharacters) throws Exception {
        return http
                .securityMatcher(path("/engine-rest/**"))
                .addFilterAfter(controlCharacters, HeaderWriterFilter.class)
                .authenticationManager(passwordAlone(configuration, steps))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(engineActions("/engine-rest")).denyAll()
                        .requestMatchers(path(HttpMethod.POST, "/engine-rest/deployment/**")).hasRole(PROCESS_DESIGNER)
                        .requestMatchers(path(HttpMethod.DELETE, "/engine-rest/deployment/**")).hasRole(PROCESS_DESIGNER)
                        .anyRequest().access((authentication, context) -> withCaseRole(authentication)))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::askForCredentials))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityConfiguration::askForCredentials)
                        .accessDeniedHandler((request, response, denied) -> problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::securityHeaders)
                .build();
    }

    /**
     * The engine and its webapps show process data of persons: not for an account whose only role is referente
     * del comune, who reads aggregated figures only.
     */
    private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

    private static AuthorizationDecision withCaseRole(Supplier<? extends Authentication> authentication) {
        Authentication signedIn = authentication.get();
        return new AuthorizationDecision(SIGNED_IN.isAuthenticated(signedIn) && signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.startsWith("ROLE_") && !authority.equals("ROLE_MUNICIPALITY_OFFICER")));
    }

    /** Calls answered with problem details rather than with the sign-in page. */
    static final RequestMatcher API_CALLS = new OrRequestMatcher(path("/api/**"), path("/camunda/api/**"));

    /**
     * Absolute lifetime and account changes, checked on every request of a browser session (the engine REST API
     * keeps no session); README, section "Security".
     */
    @Bean
    SessionEndFilter sessionEnd(Clock clock, SignInValidity validity,
                                @Value("${fascicolo.security.session.absolute-lifetime:PT12H}") Duration lifetime) {
        return new SessionEndFilter(clock, lifetime, validity, API_CALLS);
    }

    /** Only in the security filter chains, where the signed-in operator is known: not as a servlet filter too. */
    @Bean
    FilterRegistrationBean<SessionEndFilter> sessionEndOutsideTheChains(SessionEndFilter filter) {
        FilterRegistrationBean<SessionEndFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * In every chain, once the security headers are on the answer and before anything reads what was sent (the sign-in
     * forms included): not as a servlet filter too.
     */
    @Bean
    FilterRegistrationBean<ControlCharacterFilter> controlCharactersOutsideTheChains(ControlCharacterFilter filter) {
        FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** The JSON API: the browser's session, or HTTP Basic for programs; refusals as problem details. */
    @Bean
    @Order(2)
    SecurityFilterChain jsonApi(HttpSecurity http, AuthenticationConfiguration configuration, SignInSteps steps,
                                SessionEndFilter sessionEnd, ControlCharacterFilter controlCharacters) throws Exception {
        return http
                .securityMatcher(path("/api/**"))
                .addFilterAfter(controlCharacters, HeaderWriterFilter.class)
                .addFilterAfter(sessionEnd, SecurityContextHolderFilter.class)
                .authenticationManager(passwordAlone(configuration, steps))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::askForCredentials))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityConfiguration::askForCredentials)
                        .accessDeniedHandler((request, response, denied) -> problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden")))
                .headers(SecurityConfiguration::securityHeaders)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http, SignInSteps steps, SessionEndFilter sessionEnd, Clock clock,
                                    @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
                                    ObjectProvider<ClientRegistrationRepository> oidcProviders,
                                    ControlCharacterFilter controlCharacters) throws Exception {
        if (oidcProviders.getIfAvailable() != null) {
            SavedRequestAwareAuthenticationSuccessHandler goOn = new SavedRequestAwareAuthenticationSuccessHandler();
            http.oauth2Login(oidc -> oidc.loginPage("/login").failureHandler(steps.afterRefusedOidcSignIn())
                    .successHandler((request, response, signedIn) -> {
                        SignedInSession.record(request, clock.instant());
                        goOn.onAuthenticationSuccess(request, response, signedIn);
                    }));
        }
        return http
                .addFilterAfter(sessionEnd, SecurityContextHolderFilter.class)
                .addFilterAfter(controlCharacters, HeaderWriterFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/webjars/**"), path("/css/**"), path("/js/**"), path("/favicon.ico")).permitAll()
                        .requestMatchers(path("/login/**"), path("/error"), path("/actuator/health/**")).permitAll()
                        .requestMatchers(path("/admin/**")).hasRole(SYSTEM_ADMIN)
                        // the webapps' own password login would check passwords with neither lockout nor second factor
                        .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        .requestMatchers(engineActions("/camunda/api/engine/engine/*")).denyAll()
                        .requestMatchers(path("/camunda/app/tasklist/**"), path("/camunda/api/tasklist/**")).denyAll()
                        .requestMatchers(path(HttpMethod.POST, "/camunda/api/engine/engine/*/deployment/**")).hasRole(PROCESS_DESIGNER)
                        .requestMatchers(path(HttpMethod.DELETE, "/camunda/api/engine/engine/*/deployment/**")).hasRole(PROCESS_DESIGNER)
                        .requestMatchers(path("/camunda/app/admin/**"), path("/camunda/api/admin/plugin/**")).hasRole(SYSTEM_ADMIN)
                        .requestMatchers(path("/camunda/app/cockpit/**"), path("/camunda/api/cockpit/**")).hasAnyRole(PROCESS_MONITORS)
                        .requestMatchers(path("/camunda/**")).access((authentication, context) -> withCaseRole(authentication))
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAccessDeniedHandlerFor(
                        (request, response, denied) -> problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden"),
                        path("/camunda/api/**")))
                .formLogin(form -> form.loginPage("/login").successHandler(steps.afterPassword()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true).deleteCookies(sessionCookie))
                // the Camunda webapps send their own CSRF token, checked by their own filter
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .headers(SecurityConfiguration::securityHeaders)
                .build();
    }
}
