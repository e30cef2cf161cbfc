package org.dlc.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a picocli {@code @Option} whose value is a secret (a DECT authentication key, ...): wherever a command
 * line is written down (logs, audit), {@link SecretOptions} replaces the value of every option marked so.
 * Put it on the field next to its {@code @Option}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SecretOption {
}
