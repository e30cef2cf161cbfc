package org.dlc.system;

/**
 * Development mode: system property {@value #PROPERTY}{@code =true}, set by the run command and the integration
 * tests, never in production. In development mode the server also trusts the development license key (see
 * {@link org.dlc.license.TrustedLicenseKeys}), and says so at start, in {@code GET /api/system} and on the
 * Licenses page.
 */
public final class DevelopmentMode {

    public static final String PROPERTY = "dlc.development";

    private DevelopmentMode() {
    }

    /** @return true only when the property is {@code true} (any case); absent or anything else is production */
    public static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY));
    }
}
