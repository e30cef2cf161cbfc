package org.dlc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Cross-site request forgery guard for the API: a change must carry its own credentials (HTTP Basic; an API token
 * has become Basic credentials before this filter, see BearerTokens).
 * A browser's session cookie from the pages' form login is not accepted for it, so another site cannot make
 * a logged-in browser change anything through the API. (The pages are guarded by the Faces ViewState.)
 */
@WebFilter(filterName = "ApiCredentialsFilter", urlPatterns = "/api/*")
public class ApiCredentialsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (!SAFE.contains(request.getMethod()) && (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6))) {
            ProblemResponse.send(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "changes through the API need HTTP Basic credentials or an API token (Bearer) on the request"
                            + " itself; a session cookie is not accepted", null);
            return;
        }
        chain.doFilter(request, response);
    }
}
