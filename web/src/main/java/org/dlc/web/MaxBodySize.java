package org.dlc.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Raises the request body limit of one resource method above {@link BodyLimits#DEFAULT_BYTES}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxBodySize {

    /** The largest accepted body, in bytes. */
    long value();
}
