package org.dlc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dlc.audit.RequestOrigin;

/** Tells the audit trail where each request comes from (the services record it with every change). */
@WebFilter(filterName = "RequestOriginFilter", urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestOrigin.begin(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.end();
        }
    }
}
