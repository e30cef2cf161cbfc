package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SystemIT extends ServerTest {

    @Test
    void system_reports_eclipselink_on_apache_derby_as_the_running_unit_sees_them() {
        Api.Reply reply = Api.get("/api/system");
        assertEquals(200, reply.status(), reply.body());
        JsonObject system = reply.json();
        assertEquals("DECT License Control", system.getString("product"));
        assertEquals(System.getProperty("dlc.version", "1.0.0-SNAPSHOT"), system.getString("productVersion"));
        assertTrue(system.getString("jpaProvider").startsWith("EclipseLink"), system.toString());
        assertTrue(system.getString("jpaProviderVersion").startsWith("4.0.9"), system.toString());
        assertEquals("Apache Derby", system.getString("databaseProduct"));
        assertTrue(system.getString("databaseVersion").startsWith("10.16.1.1"), system.toString());
        assertTrue(Instant.parse(system.getString("serverStartedAt")).isBefore(Instant.now()));
        assertEquals(Server.DATA_DIR.toAbsolutePath().toString(), system.getString("dataDirectory"));
    }

    @Test
    void the_first_page_shows_the_product_name_and_version() {
        Api.Reply page = Api.get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("DECT License Control"), page.body());
        assertTrue(page.body().contains("Version 1.0.0-SNAPSHOT"), page.body());
    }
}
