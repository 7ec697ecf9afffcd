package org.osprey.tempfile.internal;

import java.security.SecureRandom;

/** Python's {@code _RandomNameSequence}: unpredictable 8-character names. */
final class Names {
    private static final String CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_";
    private static final int LENGTH = 8;
    // one generator per thread: no contention between threads creating files at once
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    private Names() {
    }

    static String next() {
        SecureRandom random = RANDOM.get();
        char[] name = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            name[i] = CHARACTERS.charAt(random.nextInt(CHARACTERS.length()));
        }
        return new String(name);
    }
}
