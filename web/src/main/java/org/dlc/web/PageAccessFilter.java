package org.dlc.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dlc.audit.AuditService;

/**
 * Opens a page only to those whose role has its permission ({@link Pages}); anyone else gets 403 and the refusal
 * page, with the menu of what they may open and the name of the missing permission. A page without a rule is
 * not found for anyone.
 */
@WebFilter(filterName = "PageAccessFilter", urlPatterns = "*.xhtml")
public class PageAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String REFUSED = "dlc.refusedPage";
    static final String REFUSAL_PAGE = "/refused.xhtml";

    @EJB
    private AuditService audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = request.getServletPath();
        if (page.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!Pages.known(page)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (Pages.permission(page).grantedTo(request::isUserInRole)) {
            chain.doFilter(request, response);
            return;
        }
        audit.accessRefused("page " + page, Pages.permission(page).refusal("the page " + page));
        request.setAttribute(REFUSED, page);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(REFUSAL_PAGE).forward(request, response);
    }
}
