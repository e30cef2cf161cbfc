package org.dlc.it;

import org.junit.jupiter.api.BeforeAll;

/** Base of every integration test: the real server is running. */
public abstract class ServerTest {

    @BeforeAll
    static void server() {
        Server.ensureStarted();
    }
}
