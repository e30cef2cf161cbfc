package org.dlc.command;

import java.util.concurrent.Callable;
import org.dlc.security.Permission;

/** A command whose parsed options tell which permission it needs; checked before it runs. */
interface Guarded extends Callable<String> {

    /** @return what the command line does (for a refusal: {@code alarm -e}) and the permission it needs */
    Required required();

    record Required(String what, Permission permission) {
    }
}
