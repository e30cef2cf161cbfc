package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's command blocks that tests run: each is marked {@code <!-- readme-test: name -->} before its {@code ```bash}. */
final class Readme {

    static final Path FILE = Server.PROJECT_DIR.resolve("README.md");

    private Readme() {
    }

    /** The bash block after {@code <!-- readme-test: name -->}. */
    static String block(String name) {
        try {
            String readme = Files.readString(FILE);
            Matcher m = Pattern.compile("<!-- readme-test: " + Pattern.quote(name) + " -->\n```bash\n(.*?)```",
                    Pattern.DOTALL).matcher(readme);
            assertTrue(m.find(), "README.md has no block " + name);
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
