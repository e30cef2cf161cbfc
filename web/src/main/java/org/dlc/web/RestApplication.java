package org.dlc.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST API root: /dlc/api. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
