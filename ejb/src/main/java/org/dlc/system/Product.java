package org.dlc.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version of this product, filled in by the build. */
public record Product(String name, String version) {

    public static final Product CURRENT = load();

    private static Product load() {
        try (InputStream in = Product.class.getResourceAsStream("product.properties")) {
            Properties p = new Properties();
            p.load(in);
            return new Product(p.getProperty("name"), p.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
