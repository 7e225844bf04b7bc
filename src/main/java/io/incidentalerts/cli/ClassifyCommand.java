package io.incidentalerts.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentalerts.alert.AlertFactory;
import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.alert.Json;
import io.incidentalerts.article.ArticleParser;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.Setting;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classifies JSON Lines articles offline (no Kafka), one JSON line out per input line, in order.",
                "Incident: the alert's data object. Not an incident: {\"articleId\":...,\"incident\":false}.",
                "Unusable line: {\"line\":N,\"deadLetter\":REASON,\"message\":...}."})
final class ClassifyCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "JSON Lines file of articles; - or none: stdin")
    Path file;

    @Option(names = "--max-article-bytes", description = "Lines larger than this are rejected (default: ${DEFAULT-VALUE})")
    int maxArticleBytes = Integer.parseInt(Setting.MAX_ARTICLE_BYTES.defaultValue());

    @Mixin
    ClassifierOptions classifierOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IncidentClassifier classifier = classifierOptions.classifier();
        ArticleParser parser = new ArticleParser(maxArticleBytes);
        AlertFactory alerts = new AlertFactory(Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        int[] lineNo = {0};
        boolean stdin = file == null || file.toString().equals("-");
        if (!stdin && !Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        try (InputStream in = stdin ? System.in : Files.newInputStream(file)) {
            JsonLines.forEachLine(in, raw -> {
                lineNo[0]++;
                out.println(render(ArticleOutcome.of(raw, parser, classifier, alerts), lineNo[0]));
            });
        }
        out.flush();
        return 0;
    }

    private static String render(ArticleOutcome outcome, int line) {
        try {
            if (outcome instanceof ArticleOutcome.Alerted a) {
                return Json.MAPPER.writeValueAsString(a.alert());
            }
            ObjectNode node = Json.MAPPER.createObjectNode();
            if (outcome instanceof ArticleOutcome.NotIncident n) {
                node.put("articleId", n.articleId()).put("incident", false);
            } else if (outcome instanceof ArticleOutcome.Rejected r) {
                node.put("line", line).put("deadLetter", r.reason().name()).put("message", r.message());
            }
            return Json.MAPPER.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
