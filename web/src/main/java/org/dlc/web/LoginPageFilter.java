package org.dlc.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Form login shows the login page in place of whatever was asked for. An API request without credentials
 * gets an HTTP Basic challenge instead (401 with problem details), which is what API clients understand.
 */
@WebFilter(filterName = "LoginPageFilter", urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class LoginPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String REALM = "DECT License Control";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        if ("/api".equals(original) || (original instanceof String s && s.startsWith("/api/"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            ProblemResponse.send(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "the API needs HTTP Basic credentials of a user (see the README's Security section)", null);
            return;
        }
        chain.doFilter(request, response);
    }
}
