package dev.jiffy.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret every request must carry: any page or program on this machine can reach 127.0.0.1, but only the browser
 * the studio opened knows the token. 128 random bits, compared in constant time.
 */
final class AccessToken {
    private static final int BYTES = 16;
    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    static AccessToken random() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new AccessToken(HexFormat.of().formatHex(bytes));
    }

    String value() {
        return value;
    }

    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
