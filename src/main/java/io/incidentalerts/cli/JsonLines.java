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
        forEachLine(in, line -> {
            if (!isBlank(line)) {
                each.accept(line);
            }
        });
    }

    /**
     * Calls {@code each} with every line, blank ones too, without its terminator ({@code \n} or
     * {@code \r\n}); a final line without a terminator counts, the empty rest after a last {@code \n} does not.
     */
    static void forEachLine(InputStream in, Consumer<byte[]> each) throws IOException {
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
        if (line.size() > 0) {
            emit(line, each);
        }
    }

    private static void emit(ByteArrayOutputStream line, Consumer<byte[]> each) {
        byte[] bytes = line.toByteArray();
        line.reset();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        each.accept(end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end));
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
