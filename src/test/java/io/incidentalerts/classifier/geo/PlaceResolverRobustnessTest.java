package io.incidentalerts.classifier.geo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Odd inputs return a result or empty, never an exception; results do not depend on threads. */
class PlaceResolverRobustnessTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    @Test
    void emptyAndNullInputs() {
        assertThat(RESOLVER.resolve(null, List.of())).isEmpty();
        assertThat(RESOLVER.resolve("", List.of())).isEmpty();
        assertThat(RESOLVER.resolve("   \n\t ", null)).isEmpty();
        assertThat(RESOLVER.resolve("...,,,---", List.of())).isEmpty();
    }

    @Test
    void badFocusSpansAreTolerated() {
        String text = "A bomb exploded in Kabul.";
        List<TextSpan> spans = Arrays.asList(null, new TextSpan(-5, 3), new TextSpan(10, 2),
                new TextSpan(0, 10_000), new TextSpan(Integer.MAX_VALUE - 1, Integer.MAX_VALUE));
        assertThat(RESOLVER.resolve(text, spans)).map(m -> m.location().city()).contains("Kabul");
    }

    @Test
    void binaryJunkAndMixedScripts() {
        Random random = new Random(42);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0x10000));
        }
        assertThatCode(() -> RESOLVER.resolve(junk.toString(), List.of(new TextSpan(5, 500)))).doesNotThrowAnyException();
        Optional<PlaceMatch> mixed = RESOLVER.resolve("Взрыв в Алматы. 阿拉木图发生爆炸。 A blast hit Almaty's centre. "
                + "انفجار في ألماتي \uD83D\uDCA3\u0000\u200B");
        assertThat(mixed).map(m -> m.location().countryCode()).contains("KZ");
    }

    @Test
    void hugeTokenAndHugeText() {
        String token = "A".repeat(1_000_000);
        assertThat(RESOLVER.resolve(token)).isEmpty();
        String sentence = "Officials met in a hall and talked about the weather for a long time. ";
        StringBuilder big = new StringBuilder("Gunmen attacked a hotel in Mogadishu. ");
        while (big.length() < 10_000_000) {
            big.append(sentence);
        }
        long t0 = System.nanoTime();
        Optional<PlaceMatch> m = RESOLVER.resolve(big.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("10 MB text resolved in %d ms%n", ms);
        assertThat(m).map(x -> x.location().city()).contains("Mogadishu");
    }

    @Test
    void sameAnswersFromManyThreads() {
        List<String> texts = new ArrayList<>();
        for (String place : List.of("Kabul", "Paris", "Lagos", "Mosul", "Karachi", "Aleppo", "Quetta", "Manila")) {
            texts.add("A bomb exploded near a market in " + place + " on Monday, police said.");
        }
        List<Optional<PlaceMatch>> sequential = texts.stream().map(RESOLVER::resolve).toList();
        IntStream.range(0, 400).parallel().forEach(i -> {
            int k = i % texts.size();
            assertThat(RESOLVER.resolve(texts.get(k))).isEqualTo(sequential.get(k));
        });
    }
}
