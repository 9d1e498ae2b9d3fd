package it.fascicolosociale.authentication;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A fake OIDC provider for the tests: Spring Authorization Server on loopback, in its own small application
 * context, with two synthetic people who sign in with a form and whose ID tokens carry a codice fiscale in
 * the {@code fiscal_number} claim, prefixed "TINIT-" as SPID and CIE send it, SPID level 2 in {@code acr} and the
 * access token's hash in {@code at_hash}, as SPID and CIE id do.
 * On a test's request its token endpoint answers with forged ID tokens ({@link ForgingTokenEndpoint}). A test configuration, so that the
 * application's own component scan in the tests never picks it up.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@Import({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
class FakeOidcProvider {

    static final String CLIENT_ID = "fascicolo";
    static final String CLIENT_SECRET = "fake-provider-secret";
    static final String PASSWORD = "provider-password";
    /** The assurance level of every sign-in at this provider, unless a test forges another. */
    static final String SPID_LEVEL_2 = "https://www.spid.gov.it/SpidL2";
    /** Synthetic people of the provider and their (synthetic) codici fiscali. */
    static final Map<String, String> FISCAL_NUMBERS = Map.of(
            "laura.idp", "TINIT-BNCLRA80A41B563K",
            "ignoto.idp", "TINIT-GNTNNN70A01B563X");

    private static ConfigurableApplicationContext shared;

    /** The provider of this test run, started on first use: the application contexts that know it stay cached. */
    static synchronized ConfigurableApplicationContext shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FakeOidcProvider.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "spring.config.location=optional:classpath:/fake-oidc-provider/", "server.servlet.session.cookie.name=IDPSESSION")
                .run();
    }

    static String issuer(ConfigurableApplicationContext provider) {
        return "http://localhost:" + ((ServletWebServerApplicationContext) provider).getWebServer().getPort();
    }

    /** The switch that makes the provider answer with forged ID tokens. */
    static ForgingTokenEndpoint tokenEndpoint(ConfigurableApplicationContext provider) {
        return provider.getBean(ForgingTokenEndpoint.class);
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        return http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(FISCAL_NUMBERS.keySet().stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("CITIZEN").build()).toList());
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                // a loopback redirect: any port of 127.0.0.1 matches (RFC 8252), the application's is random
                .redirectUri("http://127.0.0.1/login/oauth2/code/fake")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> spidClaimsInTheIdToken() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claim("fiscal_number", FISCAL_NUMBERS.get(context.getPrincipal().getName()));
                context.getClaims().claim("acr", SPID_LEVEL_2);
                String accessToken = context.getAuthorization().getAccessToken().getToken().getTokenValue();
                context.getClaims().claim("at_hash", AccessTokenHash.of(accessToken));
            }
        };
    }

    @Bean
    RSAKey signingKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
    }

    @Bean
    JWKSource<SecurityContext> keys(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    @Bean
    ForgingTokenEndpoint forgingTokenEndpoint(RSAKey signingKey) {
        return new ForgingTokenEndpoint(signingKey);
    }

    /** Before the authorization server's filters, which write the token response themselves. */
    @Bean
    FilterRegistrationBean<ForgingTokenEndpoint> forgingTokenEndpointRegistration(ForgingTokenEndpoint endpoint) {
        FilterRegistrationBean<ForgingTokenEndpoint> registration = new FilterRegistrationBean<>(endpoint);
        registration.addUrlPatterns("/oauth2/token");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The provider's user-info endpoint reads its own access tokens. */
    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
