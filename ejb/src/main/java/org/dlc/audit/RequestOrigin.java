package org.dlc.audit;

/**
 * Where the current request comes from (the client's address), for the audit trail: set by the web module's
 * filter around every HTTP request on the thread that serves it (the services it calls run on that thread), read
 * by {@link AuditService}. A plain thread-local rather than a request-scoped bean: every request, the open health
 * check included, paid for creating that bean.
 */
public final class RequestOrigin {

    /** A change with no HTTP request behind it (a start-up task, a timer). */
    public static final String LOCAL = "local";

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private RequestOrigin() {
    }

    /** The request's client, until {@link #end}. */
    public static void begin(String remoteAddress) {
        ADDRESS.set(remoteAddress == null || remoteAddress.isBlank() ? LOCAL : remoteAddress);
    }

    public static void end() {
        ADDRESS.remove();
    }

    public static String address() {
        String address = ADDRESS.get();
        return address == null ? LOCAL : address;
    }
}
