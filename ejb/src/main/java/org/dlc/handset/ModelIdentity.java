package org.dlc.handset;

import org.dlc.shared.InvalidInputException;

/**
 * The MODEL-IDENTIFIER a handset may send in its location registration (EN 300 175-5):
 * MANIC, the manufacturer code (2 octets), and MODIC, the model code (1 octet).
 */
public record ModelIdentity(int manic, int modic) {

    public static final int MAX_MANIC = 65535;
    public static final int MAX_MODIC = 255;

    public ModelIdentity {
        if (manic < 0 || manic > MAX_MANIC) {
            throw new InvalidInputException("manic", "must be 0.." + MAX_MANIC + ", was " + manic);
        }
        if (modic < 0 || modic > MAX_MODIC) {
            throw new InvalidInputException("modic", "must be 0.." + MAX_MODIC + ", was " + modic);
        }
    }

    /** A registration carries both codes or neither. */
    public static ModelIdentity ofNullable(Integer manic, Integer modic) {
        if (manic == null && modic == null) {
            return null;
        }
        if (manic == null) {
            throw new InvalidInputException("manic", "missing while modic is given (send both or neither)");
        }
        if (modic == null) {
            throw new InvalidInputException("modic", "missing while manic is given (send both or neither)");
        }
        return new ModelIdentity(manic, modic);
    }
}
