package org.dlc.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every request body has a limit: {@value #DEFAULT_BYTES} bytes unless the method says otherwise with
 * {@link MaxBodySize}. A larger body is refused with 413 before anything is parsed or changed; a declared
 * Content-Length is checked before a byte is read, a chunked body while it is read.
 */
@Provider
public class BodyLimits implements DynamicFeature {

    public static final long DEFAULT_BYTES = 64 * 1024;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        MaxBodySize max = resource.getResourceMethod().getAnnotation(MaxBodySize.class);
        context.register(new Limit(max == null ? DEFAULT_BYTES : max.value()));
    }

    private record Limit(long maxBytes) implements ReaderInterceptor {

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declared.chars().allMatch(Character::isDigit)
                    && (declared.length() > 18 || Long.parseLong(declared) > maxBytes)) {
                throw tooLarge();
            }
            try (InputStream in = context.getInputStream()) {
                byte[] body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (body.length > maxBytes) {
                    throw tooLarge();
                }
                context.setInputStream(new ByteArrayInputStream(body));
            }
            return context.proceed();
        }

        private WebApplicationException tooLarge() {
            return new WebApplicationException("body: at most " + maxBytes + " bytes are accepted for this request",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }
}
