package io.incidentalerts.classifier.model;

import java.util.Arrays;

/** Distinct non-negative feature indices in insertion order (an open-addressing set over an int array). */
final class FeatureSet {

    private int[] table = new int[1024];
    private int[] order = new int[512];
    private int size;

    FeatureSet() {
        Arrays.fill(table, -1);
    }

    void add(int feature) {
        int mask = table.length - 1;
        int slot = (feature * 0x9E3779B9) >>> 1 & mask;
        while (table[slot] != -1) {
            if (table[slot] == feature) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = feature;
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = feature;
        if (size * 2 > table.length) {
            grow();
        }
    }

    private void grow() {
        int[] old = order;
        int n = size;
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        size = 0;
        order = new int[old.length];
        for (int i = 0; i < n; i++) {
            add(old[i]);
        }
    }

    int size() {
        return size;
    }

    int get(int i) {
        return order[i];
    }
}
