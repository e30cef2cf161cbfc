package org.dlc.transfer;

/**
 * An Ed25519 signature over an export's canonical JSON without the signature member.
 * @param key the fingerprint of the signing public key (see {@link ExportKeys#fingerprint})
 * @param value the signature, Base64
 */
public record ExportSignature(String key, String value) {
}
