package org.dlc.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without it RESTEasy builds a new one for every request body and answer (a
 * service look-up, then Yasson introspects the classes again): a fifth of a location registration's CPU in the
 * benchmark's profile. Jsonb is thread-safe and keeps what it learnt about each class.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
