package io.incidentalerts.classifier.geo;

import java.util.Map;
import java.util.Set;

/**
 * The name index as one open-addressing table over {@link NameHash} values: a text word costs one
 * probe, with no string built. Each entry carries what the key means and its flags (the start of a
 * longer name, a stop name, a listed common word).
 */
final class NameIndex {

    static final int PREFIX = 1;
    static final int STOP = 2;
    static final int COMMON = 4;
    /** A one-word name that is also an English dictionary word. */
    static final int DICTIONARY = 8;
    /** Some entry under this key counts only when written in capitals ("US"). */
    static final int UPPER_ONLY = 16;

    private static final NameRef[] NONE = new NameRef[0];

    private final long[] hashes;
    private final NameRef[][] refs;
    private final byte[] flags;
    private final int mask;

    NameIndex(Map<String, NameRef[]> names, Set<String> prefixes, Set<String> stops, Set<String> common,
              Set<String> dictionary) {
        int size = Integer.highestOneBit(Math.max(16, (names.size() + prefixes.size() + stops.size() + dictionary.size()) * 2)) << 1;
        hashes = new long[size];
        refs = new NameRef[size][];
        flags = new byte[size];
        mask = size - 1;
        names.forEach((key, r) -> {
            int slot = slot(NameHash.key(key));
            refs[slot] = r;
            for (NameRef ref : r) {
                if (ref.upperOnly()) {
                    flags[slot] |= UPPER_ONLY;
                }
            }
        });
        prefixes.forEach(key -> flags[slot(NameHash.key(key))] |= PREFIX);
        stops.forEach(key -> flags[slot(NameHash.key(key))] |= STOP);
        common.forEach(key -> flags[slot(NameHash.key(key))] |= COMMON);
        dictionary.forEach(key -> flags[slot(NameHash.key(key))] |= DICTIONARY);
    }

    private int slot(long h) {
        for (int i = spread(h); ; i = (i + 1) & mask) {
            if (hashes[i] == NameHash.NONE || hashes[i] == h) {
                hashes[i] = h;
                return i;
            }
        }
    }

    private int spread(long h) {
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** The entry for a key hash, or -1. */
    int find(long h) {
        if (h == NameHash.NONE) {
            return -1;
        }
        for (int i = spread(h); ; i = (i + 1) & mask) {
            long k = hashes[i];
            if (k == h) {
                return i;
            }
            if (k == NameHash.NONE) {
                return -1;
            }
        }
    }

    /** What the entry names; empty for no entry, prefixes only and stop names. */
    NameRef[] refs(int entry) {
        if (entry < 0 || (flags[entry] & STOP) != 0 || refs[entry] == null) {
            return NONE;
        }
        return refs[entry];
    }

    boolean has(int entry, int flag) {
        return entry >= 0 && (flags[entry] & flag) != 0;
    }
}
