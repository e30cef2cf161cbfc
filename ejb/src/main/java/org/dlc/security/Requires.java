package org.dlc.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST method or a service method needs. On a REST method it is enforced before the method runs
 * (a method without it fails the deployment). On a service it names what its {@code @RolesAllowed} must equal:
 * a unit test holds the two together (a service called for several actions lists them all).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    Permission[] value();
}
