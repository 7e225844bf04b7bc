package io.incidentalerts.support;

import io.incidentalerts.article.RejectReason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed corpus of hostile records, each with what must become of it: a dead letter with a given
 * reason, or a processed article (alert or not).
 */
public final class HostileCorpus {

    /** One record and its fate; {@code reason} null means it must be processed, not dead-lettered. */
    public record Case(String name, byte[] value, RejectReason reason) {
    }

    private HostileCorpus() {
    }

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("random bytes", new byte[] {0x13, (byte) 0x8f, 0x00, 0x7f, (byte) 0xfe, 0x41},
                RejectReason.INVALID_UTF8));
        cases.add(new Case("truncated JSON", utf8("{\"id\":\"t1\",\"title\":\"Bomb kills 3 in"), RejectReason.NOT_JSON));
        cases.add(new Case("100,000 levels of nesting", utf8("[".repeat(100_000) + "]".repeat(100_000)),
                RejectReason.NOT_JSON));
        cases.add(new Case("nested object 100,000 deep", utf8("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
                RejectReason.NOT_JSON));
        cases.add(new Case("10 MB body", ArticleRecords.json("big", "Huge", "word ".repeat(2_000_000)), RejectReason.TOO_LARGE));
        cases.add(new Case("invalid UTF-8 inside a string",
                concat(utf8("{\"id\":\"u\",\"title\":\"caf"), new byte[] {(byte) 0xE9}, utf8("\"}")),
                RejectReason.INVALID_UTF8));
        cases.add(new Case("raw NUL byte in JSON", concat(utf8("{\"id\":\"n\",\"title\":\"a"), new byte[] {0},
                utf8("b\"}")), RejectReason.NOT_JSON));
        cases.add(new Case("escaped NUL characters", utf8("{\"id\":\"n2\",\"title\":\"Gunmen\\u0000killed 4\\u0000 in Kabul\"}"),
                null));
        cases.add(new Case("a 1 MB single token", ArticleRecords.json("token", "t", "x".repeat(1_000_000)), null));
        cases.add(new Case("mixed scripts and right-to-left text", ArticleRecords.json("rtl",
                "انفجار في بغداد \u202eBomb\u202c 炸弹 взрыв",
                "مقتل 5 أشخاص. A bomb killed 5 people in Baghdad, officials said. 警察 полиция"), null));
        cases.add(new Case("huge numbers in counts", ArticleRecords.json("huge", "Attack kills 99999999999999999999999",
                "Gunmen killed 99999999999999999999999 people and wounded 1e400 others in an attack on a village."), null));
        cases.add(new Case("duplicate keys", utf8("{\"id\":\"d\",\"title\":\"one\",\"title\":\"two\"}"), RejectReason.NOT_JSON));
        cases.add(new Case("empty record", new byte[0], RejectReason.NOT_JSON));
        cases.add(new Case("JSON null", utf8("null"), RejectReason.NOT_JSON));
        cases.add(new Case("id of the wrong type", utf8("{\"id\":{\"x\":1},\"title\":\"x\"}"), RejectReason.INVALID_FIELD));
        cases.add(new Case("only markup", utf8("{\"id\":\"m\",\"body\":\"<div><br/></div>\"}"), RejectReason.NO_TEXT));
        return cases;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
