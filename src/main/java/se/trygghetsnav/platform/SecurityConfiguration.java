package se.trygghetsnav.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Public pages and the anonymous barometer need no login; the operator's pages and API do.
 * CSRF tokens live in a cookie rather than a session, so the anonymous flow creates no session.
 * JSON callers get 401/403 as status codes (rendered as problem details), people get the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MapSettings.class)
class SecurityConfiguration {

    private final String contentSecurityPolicy;

    SecurityConfiguration(MapSettings map) {
        // map tiles are the only thing loaded from elsewhere
        this.contentSecurityPolicy = "default-src 'self'; img-src 'self' data: blob: " + map.tileOrigin() + "; "
                + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, BearerTokenAuthenticator bearerTokens) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/operator/**").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/api/v1/instruments/**", "/api/v1/results/**", "/api/v1/knowledge", "/api/v1/knowledge/**").permitAll()
                        // the browsable API description (Swagger UI) lives at /api
                        .requestMatchers("/api").permitAll()
                        // the community's public map: PUBLIC posts only
                        .requestMatchers(HttpMethod.GET, "/api/v1/community/public/**").permitAll()
                        // the invitation token in the body is the respondent's authentication
                        .requestMatchers(HttpMethod.POST, "/api/v1/mapping/responses").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(bearerTokens), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless JSON: no cookie-based authentication
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> response.sendError(HttpStatus.UNAUTHORIZED.value()))
                        .accessDeniedHandler((request, response, e) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)))
                .headers(this::strictHeaders)
                .build();
    }

    @Bean
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/operator/**").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/kartlaggning/svar/**").permitAll()
                        .requestMatchers("/trygghet/**").permitAll()
                        .requestMatchers("/samverkan/registrera", "/samverkan/uppforandekod").permitAll()
                        .requestMatchers("/samverkan", "/samverkan/**").authenticated()
                        .requestMatchers("/kartlaggning/**").authenticated()
                        .requestMatchers("/lagesbild/**", "/kommun/**", "/konto/profil/**", "/meddelanden/**", "/hem").authenticated()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .formLogin(login -> login.loginPage("/logga-in").defaultSuccessUrl("/hem", false).permitAll())
                .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/logga-ut"))
                        .logoutSuccessUrl("/?utloggad"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/logga-in")))
                .headers(this::strictHeaders)
                .build();
    }

    /** No framing, no inline code, and result addresses never leak through the Referer header. */
    private void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
