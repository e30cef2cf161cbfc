package org.dlc.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.dlc.user.Identities;
import org.dlc.user.IdentityCache;
import org.dlc.user.Role;

/**
 * A user with a password that must be changed (the first administrator, anyone whose password an administrator
 * set) may do nothing else: pages lead to the account page, the API answers 403 except for the change itself.
 * Read from the identities the realm checked the request against ({@link IdentityCache}: no call nor query per
 * request on a single server; a cluster node reads the user's row).
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String ACCOUNT_PAGE = "/account.xhtml";
    public static final String OWN_PASSWORD_API = "/api/users/me/password";

    @EJB
    private Identities identities;
    private transient IdentityCache cache;

    @Override
    public void init() {
        cache = identities.cache();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        if (user != null && !allowedAnyway(request) && !isMachine(request) && cache.mustChangePassword(user.getName())) {
            if (path(request).startsWith("/api/")) {
                ProblemResponse.send(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        "the password of " + user.getName() + " must be changed first: PUT /dlc/api/users/me/password",
                        "password");
            } else {
                response.sendRedirect(request.getContextPath() + ACCOUNT_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** The DECT controller's secret is never changed by hand: no look-up on each of its registrations. */
    private static boolean isMachine(HttpServletRequest request) {
        return request.isUserInRole(Role.DECT_CONTROLLER.roleName());
    }

    private static boolean allowedAnyway(HttpServletRequest request) {
        String path = path(request);
        return path.equals(ACCOUNT_PAGE) || path.equals(OWN_PASSWORD_API) || path.equals("/login.xhtml")
                || path.startsWith("/jakarta.faces.resource/") || path.equals("/api/health") || path.equals("/favicon.ico");
    }
}
