package io.incidentalerts.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short SHA-256 digests: what the offsets remember of an item key or a feed body. */
final class Hashes {

    private Hashes() {
    }

    /** The first 8 bytes of SHA-256, as hex: a collision among the few thousand keys of one feed is out of reach (about 1 in 10^13 for 2,000 keys). */
    static String shortHash(String text) {
        return shortHash(text.getBytes(StandardCharsets.UTF_8));
    }

    static String shortHash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
