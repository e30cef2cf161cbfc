package org.dlc.web;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dlc.audit.AuditService;

/**
 * Form login shows the login page in place of whatever was asked for (after the login, that page opens); an Ajax
 * request of a page is redirected to the page itself, which leads there. An API request without credentials
 * gets an HTTP Basic challenge instead (401 with problem details), which is what API clients understand.
 * The server checks credentials before any filter runs and shows this page when they are wrong, so this is where
 * a refused login is seen and audited: a form login's name is its {@code j_username}, an API call's is in its
 * Basic header (never the password).
 */
@WebFilter(filterName = "LoginPageFilter", urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class LoginPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String REALM = "DECT License Control";
    private static final String FORM_LOGIN = "/j_security_check";

    @EJB
    private AuditService audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        recordRefusedLogin(request, original);
        if ("/api".equals(original) || (original instanceof String s && s.startsWith("/api/"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            ProblemResponse.send(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "the API needs HTTP Basic credentials of a user or an API token (see the README's Security section)", null);
            return;
        }
        if (PageAddress.isAjax(request)) {
            // An Ajax request of a page whose session has ended (logged out in another tab, expired): the page's
            // script ignores a login page as answer. It is sent to the page's address instead, which shows the
            // login page and, after the login, the page again. The server kept this Ajax request to repeat it after
            // the login (in a session of nobody's): forgotten, so that the page's own address is repeated instead.
            jakarta.servlet.http.HttpSession kept = request.getSession(false);
            if (kept != null && request.getUserPrincipal() == null) {
                kept.invalidate();
            }
            PageAddress.redirectAjax(response, PageAddress.shown(request));
            return;
        }
        chain.doFilter(request, response);
    }

    private void recordRefusedLogin(HttpServletRequest request, Object originalPath) {
        if (FORM_LOGIN.equals(originalPath)) {
            audit.loginRefused(String.valueOf(request.getParameter("j_username")), "form login",
                    request.getRemoteAddr());
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            audit.loginRefused(basicName(authorization.substring(6).strip()), "HTTP Basic", request.getRemoteAddr());
        }
    }

    /** The name part of Basic credentials; what cannot be decoded is recorded as such. */
    static String basicName(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "(no name in the credentials)" : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "(credentials not in Base64)";
        }
    }
}
