package org.dlc.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The address of the page the person is looking at, for sending them back to it: an Ajax request (the alarms'
 * refresh, a button) posts to the page's bare path, while the browser shows it with its query (filter, sort, page):
 * the page's own address comes from the Referer when it is one of this application's pages.
 */
public final class PageAddress {

    private PageAddress() {
    }

    /** Path and query, under the context path; never another site's address. */
    public static String shown(HttpServletRequest request) {
        String context = request.getContextPath();
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = new URI(referer);
                String path = uri.getRawPath();
                boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
                if (sameHost && path != null && path.startsWith(context + "/") && !path.contains("j_security_check")
                        && !path.endsWith("/login.xhtml")) {
                    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (URISyntaxException e) {
                // not an address: use the request's own
            }
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return forwarded instanceof String uri ? uri : request.getRequestURI();
    }

    /** Whether the request is a Faces Ajax request, which understands only a partial response. */
    public static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Answers a Faces Ajax request with a redirect the page's script follows (it ignores any other answer). */
    public static void redirectAjax(HttpServletResponse response, String address) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + address.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\"></redirect></partial-response>");
    }
}
