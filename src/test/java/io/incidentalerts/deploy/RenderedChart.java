package io.incidentalerts.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The chart rendered by {@code helm template} (Helm as a native library), as text and as parsed documents. */
final class RenderedChart {

    static final Path CHART = Path.of("helm", "incident-alerts");
    static final String RELEASE = "incident-alerts";
    private static final YAMLMapper YAML = new YAMLMapper();

    final String text;
    final List<JsonNode> documents;

    private RenderedChart(String text) {
        this.text = text;
        this.documents = parse(text);
    }

    /** Renders with the chart's defaults plus the given values file content (empty: none). */
    static RenderedChart render(String valuesYaml) {
        try {
            var template = new Helm(CHART).template().withName(RELEASE);
            if (!valuesYaml.isBlank()) {
                Path values = Files.createTempFile("values-", ".yaml");
                try {
                    Files.writeString(values, valuesYaml);
                    return new RenderedChart(template.withValuesFile(values).call());
                } finally {
                    Files.delete(values);
                }
            }
            return new RenderedChart(template.call());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedChart defaults() {
        return render("");
    }

    /** Manifests already rendered to a file, e.g. deploy/kubernetes/incident-alerts.yaml. */
    static RenderedChart read(Path manifests) {
        try {
            return new RenderedChart(Files.readString(manifests));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    List<String> kinds() {
        return documents.stream().map(d -> d.path("kind").asText()).sorted().collect(Collectors.toList());
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).collect(Collectors.toList());
    }

    JsonNode single(String kind) {
        List<JsonNode> found = ofKind(kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " but found " + found.size() + " in " + kinds());
        }
        return found.get(0);
    }

    /** The StatefulSet or Deployment. */
    JsonNode workload() {
        List<JsonNode> found = new ArrayList<>(ofKind("StatefulSet"));
        found.addAll(ofKind("Deployment"));
        if (found.size() != 1) {
            throw new AssertionError("expected one workload but found " + kinds());
        }
        return found.get(0);
    }

    JsonNode podSpec() {
        return workload().path("spec").path("template").path("spec");
    }

    JsonNode container() {
        JsonNode containers = podSpec().path("containers");
        if (containers.size() != 1) {
            throw new AssertionError("expected one container: " + containers);
        }
        return containers.get(0);
    }

    /** A named entry of a list of objects with a "name" field (env, volumes, ports...), or a missing node. */
    static JsonNode named(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
