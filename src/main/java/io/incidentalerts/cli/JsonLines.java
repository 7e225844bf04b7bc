package io.incidentalerts.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Splits a stream into lines as raw bytes, so invalid UTF-8 reaches the parser untouched. */
final class JsonLines {

    private JsonLines() {
    }

    /** Calls {@code each} with every non-blank line, without its line terminator. */
    static void forEach(InputStream in, Consumer<byte[]> each) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    emit(line, each);
                } else {
                    line.write(buffer[i]);
                }
            }
        }
        emit(line, each);
    }

    private static void emit(ByteArrayOutputStream line, Consumer<byte[]> each) {
        byte[] bytes = line.toByteArray();
        line.reset();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        boolean blank = true;
        for (int i = 0; i < end && blank; i++) {
            blank = Character.isWhitespace(bytes[i]);
        }
        if (!blank) {
            each.accept(end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end));
        }
    }
}
