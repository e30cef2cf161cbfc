package org.dlc.web;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.dlc.shared.ConflictException;
import org.dlc.shared.InvalidInputException;
import org.dlc.shared.NotFoundException;

/** Turns the rules' exceptions into problem details with the right 4xx status. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.field());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), null);
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage(), null);
        }
    }

    /**
     * A service refused the caller (its {@code @RolesAllowed}): defence in depth behind {@link PermissionFeature},
     * which refuses first and names the permission.
     */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(Response.Status.FORBIDDEN,
                    "not allowed: the service refused this call for the caller's role; nothing was changed", null);
        }
    }

    /** Malformed JSON bodies. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "body: not valid JSON for this request ("
                    + e.getMessage() + ")", "body");
        }
    }

    /** A body the JSON binding could not read (RESTEasy reports it as a processing error). */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "body: not valid JSON for this request", "body");
        }
    }

    /** Keeps the status JAX-RS chose (404 for an unknown path, 415, 413...) but answers as problem details. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                return e.getResponse();
            }
            if (e.getCause() instanceof JsonbException) {
                return Problem.response(status, "body: not valid JSON for this request", "body");
            }
            return Problem.response(status, e.getMessage(),
                    status == Response.Status.REQUEST_ENTITY_TOO_LARGE ? "body" : null);
        }
    }
}
