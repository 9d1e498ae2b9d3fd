package it.fascicolosociale.platform.database;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request works as its signed-in operator, or as nobody, whatever the thread did before; when it is served
 * inside a transaction already open (a test's), the transaction takes the request's context now and gets the
 * previous one back after. Runs after Spring Security's filters, once the principal is known.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class RowSecurityRequestFilter extends OncePerRequestFilter {

    private final RowSecurityContext context;

    RowSecurityRequestFilter(RowSecurityContext context) {
        this.context = context;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (RowSecurityContext.Scope served = context.request()) {
            chain.doFilter(request, response);
        }
    }
}
