package io.incidentalerts.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A Dockerfile read into instructions grouped by build stage: enough to check it without an engine. */
record Dockerfile(Map<String, String> globalArgs, List<Stage> stages) {

    private static final Pattern ARG_REFERENCE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

    record Instruction(String keyword, String arguments) {
    }

    /** {@code from} has the build arguments declared before the first FROM replaced by their defaults. */
    record Stage(String from, List<Instruction> instructions) {

        List<String> arguments(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments)
                    .collect(Collectors.toList());
        }

        /** The last argument of the keyword in this stage (Docker lets the last one win). */
        String last(String keyword) {
            List<String> all = arguments(keyword);
            if (all.isEmpty()) {
                throw new AssertionError("no " + keyword + " in stage " + from);
            }
            return all.get(all.size() - 1);
        }
    }

    static Dockerfile read(Path file) throws IOException {
        Map<String, String> globalArgs = new LinkedHashMap<>();
        List<Stage> stages = new ArrayList<>();
        for (String line : logicalLines(Files.readAllLines(file))) {
            String[] parts = line.split("\\s+", 2);
            Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
            if (instruction.keyword().equals("FROM")) {
                stages.add(new Stage(substitute(instruction.arguments(), globalArgs), new ArrayList<>()));
            } else if (stages.isEmpty() && instruction.keyword().equals("ARG")) {
                String[] nameAndDefault = instruction.arguments().split("=", 2);
                globalArgs.put(nameAndDefault[0], nameAndDefault.length > 1 ? nameAndDefault[1] : "");
            } else if (stages.isEmpty()) {
                throw new IllegalStateException("instruction before FROM: " + line);
            } else {
                stages.get(stages.size() - 1).instructions().add(instruction);
            }
        }
        return new Dockerfile(globalArgs, stages);
    }

    private static String substitute(String text, Map<String, String> args) {
        Matcher reference = ARG_REFERENCE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1) != null ? reference.group(1) : reference.group(2);
            if (!args.containsKey(name)) {
                throw new IllegalStateException("FROM names an undeclared argument: " + name);
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(args.get(name)));
        }
        return reference.appendTail(resolved).toString();
    }

    Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    /** Joins backslash continuations and drops comments and blank lines. */
    private static List<String> logicalLines(List<String> physical) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : physical) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            lines.add(current.toString().strip());
            current.setLength(0);
        }
        if (current.length() > 0) {
            lines.add(current.toString().strip());
        }
        return lines;
    }
}
