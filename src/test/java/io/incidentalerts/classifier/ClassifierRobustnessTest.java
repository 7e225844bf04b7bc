package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The classifier never throws and stays fast on odd or huge input. */
class ClassifierRobustnessTest {

    private static Classification run(String title, String body) {
        Article a = new Article("r", null, null, title, body, null, null);
        Classification c = Articles.CLASSIFIER.classify(a);
        assertThat(c).isNotNull();
        Articles.assertEvidenceConsistent(a, c);
        return c;
    }

    @Test
    void emptyAndNull() {
        assertThat(run(null, null).incident()).isFalse();
        assertThat(run("", "").incident()).isFalse();
        assertThat(Articles.CLASSIFIER.classify(null).incident()).isFalse();
        assertThat(run("   \n\n  ", "...!!!").incident()).isFalse();
    }

    @Test
    void hugeJunkAndOddScripts() {
        String story = "A bomb exploded in the market, killing 5 people. ";
        StringBuilder big = new StringBuilder(story);
        while (big.length() < 10_000_000) {
            big.append("lorem ipsum dolor sit amet ");
        }
        long t0 = System.nanoTime();
        Classification c = run("Market blast", big.toString());
        assertThat(c.incident()).isTrue();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);

        run(null, "x".repeat(1_000_000));
        run("a".repeat(1_000_000), "1".repeat(1_000_000));
        byte[] bytes = new byte[100_000];
        new Random(7).nextBytes(bytes);
        run(null, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        StringBuilder chars = new StringBuilder();
        Random r = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            chars.append((char) r.nextInt(0x10000));
        }
        run("\uD83D\uDCA3", chars.toString());
        run("انفجار في السوق", "قتل 5 أشخاص في انفجار. A bomb killed 3 people in ‏Kabul‏ on Monday.");
        run("爆炸", "市场发生爆炸，造成5人死亡。 Взрыв на рынке, 5 погибших.");
        run(null, "killed killed killed 1 2 3 , , and and and " .repeat(10_000));
        run(null, "İSTANBUL: A BOMB KILLED 3 PEOPLE.");
    }

    @Test
    void throughputOnWireSizedArticles() {
        String para = "Police said gunmen opened fire on a checkpoint near the city on Monday, killing three officers "
                + "and wounding five others before fleeing. The interior ministry said a manhunt was under way. "
                + "Local shops stayed closed and residents said the market was calm by the evening. Officials "
                + "promised to step up security on the main roads after a meeting with community leaders. ";
        String body = para.repeat(8); // about 3 KB
        Article a = new Article("p", null, null, "Gunmen kill three police officers", body, null, "en");
        for (int i = 0; i < 20_000; i++) {
            Articles.CLASSIFIER.classify(a);
        }
        int n = 20_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Articles.CLASSIFIER.classify(a);
        }
        double perSecond = n / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("throughput: %.0f articles/s (%d chars each, one thread)%n", perSecond, body.length());
        assertThat(perSecond).isGreaterThan(1_000);
    }
}
