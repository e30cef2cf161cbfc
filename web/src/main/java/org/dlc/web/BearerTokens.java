package org.dlc.web;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dlc.user.ApiToken;

/**
 * {@code Authorization: Bearer <API token>} (org.dlc.user.ApiToken) for scripts and {@code mdsh}: before the
 * server's authentication runs, the token becomes the HTTP Basic credentials the security realm knows it by
 * ({@code <person>~<id>} and the secret), so the realm checks it like any credential — with the person's current
 * role (org.dlc.user.IdentityCache) — and nothing about it is kept here. A header that cannot be a
 * token is left as it is (and refused: 401). Registered through
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public final class BearerTokens implements ServletExtension {

    private static final String BEARER = "Bearer ";

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addOuterHandlerChainWrapper(new HandlerWrapper() {
            @Override
            public HttpHandler wrap(HttpHandler next) {
                return exchange -> {
                    HeaderValues authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
                    if (authorization != null && authorization.size() == 1) {
                        String value = authorization.getFirst();
                        if (value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                            ApiToken.credentials(value.substring(BEARER.length()).strip()).ifPresent(c ->
                                    exchange.getRequestHeaders().put(Headers.AUTHORIZATION, "Basic " + Base64.getEncoder()
                                            .encodeToString((c[0] + ":" + c[1]).getBytes(StandardCharsets.UTF_8))));
                        }
                    }
                    next.handleRequest(exchange);
                };
            }
        });
    }
}
