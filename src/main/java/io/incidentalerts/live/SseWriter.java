package io.incidentalerts.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the Server-Sent Events format: fields one a line, a blank line ends an event. */
final class SseWriter {

    private final OutputStream out;

    SseWriter(OutputStream out) {
        this.out = out;
    }

    /** How long a client waits before it reconnects. */
    void retry(long millis) throws IOException {
        write("retry: " + millis + "\n\n");
    }

    /** An event; a line break in {@code data} continues it on another {@code data:} line, as the format requires. */
    void event(String type, String id, String data) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("event: ").append(type).append('\n');
        b.append("id: ").append(id).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            b.append("data: ").append(line).append('\n');
        }
        write(b.append('\n').toString());
    }

    /** A comment line: clients ignore it; it keeps proxies from closing an idle stream. */
    void comment(String text) throws IOException {
        write(": " + text + "\n\n");
    }

    void flush() throws IOException {
        out.flush();
    }

    private void write(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
