package org.dlc.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Product name and version for the pages. */
@Named("product")
@ApplicationScoped
public class ProductBean {

    public String getName() {
        return Product.CURRENT.name();
    }

    public String getVersion() {
        return Product.CURRENT.version();
    }
}
