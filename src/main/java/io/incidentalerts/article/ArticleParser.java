package io.incidentalerts.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.incidentalerts.classifier.Article;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Validates one input record and turns it into an {@link Article}, or throws
 * {@link InvalidArticleException} with the reason. Pure and thread-safe.
 */
public final class ArticleParser {

    private static final int MAX_NESTING = 64;

    private final int maxBytes;
    private final ObjectMapper mapper;

    public ArticleParser(int maxBytes) {
        this.maxBytes = maxBytes;
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(Math.max(maxBytes, 1))
                .build());
    }

    public Article parse(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidArticleException(RejectReason.NOT_JSON, "empty record");
        }
        if (value.length > maxBytes) {
            throw new InvalidArticleException(RejectReason.TOO_LARGE,
                    "record of " + value.length + " bytes exceeds the limit of " + maxBytes);
        }
        String json = decodeUtf8(value);
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(RejectReason.NOT_JSON, "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidArticleException(RejectReason.NOT_JSON, "not a JSON object");
        }
        String id = text(root, "id");
        if (id == null || id.isBlank()) {
            throw new InvalidArticleException(RejectReason.MISSING_ID, "no id");
        }
        String title = clean(text(root, "title"));
        String body = text(root, "body");
        if (body != null && HtmlText.looksLikeHtml(body)) {
            body = HtmlText.toText(body);
        }
        body = clean(body);
        if (title == null && body == null) {
            throw new InvalidArticleException(RejectReason.NO_TEXT, "neither title nor body has text");
        }
        return new Article(id.strip(), text(root, "url"), text(root, "source"), title, body,
                instant(text(root, "publishedAt")), text(root, "language"));
    }

    private static String decodeUtf8(byte[] value) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(RejectReason.INVALID_UTF8, "not valid UTF-8");
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD, "field '" + field + "' is not a string");
        }
        return node.textValue();
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.replace('\u0000', ' ').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Lenient: an unreadable publish time is dropped rather than the article. */
    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
