package org.dlc.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from (the client's address), for the audit trail: set by the web module's
 * filter for every HTTP request, read by {@link AuditService} inside the services.
 */
@RequestScoped
public class RequestOrigin {

    /** A change with no HTTP request behind it (a start-up task). */
    public static final String LOCAL = "local";

    private String address = LOCAL;

    public String address() {
        return address;
    }

    public void address(String remoteAddress) {
        this.address = remoteAddress == null || remoteAddress.isBlank() ? LOCAL : remoteAddress;
    }
}
