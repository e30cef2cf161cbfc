package org.dlc.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.dlc.audit.AuditService;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * Enforces {@link Permission} on the REST API: every resource method names the permission it needs with
 * {@link Requires}, and a method without one fails the deployment (no endpoint without a rule). A caller
 * without credentials gets 401 with a challenge, a caller without the permission 403 naming it; both before
 * the method runs. The roles come from the authenticated request: no look-up.
 */
@Provider
public class PermissionFeature implements DynamicFeature {

    static final String CHALLENGE = "Basic realm=\"DECT License Control\"";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        context.register(new Check(required(resource.getResourceMethod())));
    }

    /** @throws IllegalStateException for a resource method without a rule */
    static Permission required(Method method) {
        Requires requires = method.getAnnotation(Requires.class);
        if (requires == null || requires.value().length != 1) {
            throw new IllegalStateException("REST method " + method.getDeclaringClass().getName() + "."
                    + method.getName() + " must name exactly one permission with @Requires (org.dlc.security.Permission)");
        }
        return requires.value()[0];
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final Permission permission;

        Check(Permission permission) {
            this.permission = permission;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (permission.open()) {
                return;
            }
            SecurityContext caller = request.getSecurityContext();
            if (caller.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                        "credentials needed (HTTP Basic)", null)).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
            } else if (!permission.grantedTo(caller::isUserInRole)) {
                String what = request.getMethod() + " /api/" + request.getUriInfo().getPath().replaceFirst("^/", "");
                String refusal = permission.refusal(what);
                CDI.current().select(AuditService.class).get().accessRefused(what, refusal);
                request.abortWith(Problem.response(Response.Status.FORBIDDEN, refusal, null));
            }
        }
    }
}
