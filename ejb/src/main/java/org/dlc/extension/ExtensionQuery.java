package org.dlc.extension;

import org.dlc.shared.InvalidInputException;

/**
 * Which extensions to list: a directory-number range (both ends optional), a terminal type, third party only,
 * a filter on the handset, and a page. Directory numbers compare numerically.
 */
public record ExtensionQuery(DirectoryNumber from, DirectoryNumber to, String terminalType, boolean thirdPartyOnly,
                             int offset, int limit, HandsetFilter handsets) {

    public static final int MAX_LIMIT = 100_000;

    public ExtensionQuery {
        if (terminalType != null && !terminalType.equals(ExtensionInfo.DECT) && !terminalType.equals(ExtensionInfo.SIP)) {
            throw new InvalidInputException("terminalType", "must be DECT or SIP, was '" + terminalType + "'");
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        handsets = handsets == null ? HandsetFilter.NONE : handsets;
    }

    public ExtensionQuery(DirectoryNumber from, DirectoryNumber to, String terminalType, boolean thirdPartyOnly,
                          int offset, int limit) {
        this(from, to, terminalType, thirdPartyOnly, offset, limit, HandsetFilter.NONE);
    }

    public static ExtensionQuery all() {
        return new ExtensionQuery(null, null, null, false, 0, MAX_LIMIT);
    }
}
