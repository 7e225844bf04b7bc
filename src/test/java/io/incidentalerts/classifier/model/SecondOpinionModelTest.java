package io.incidentalerts.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.incidentalerts.classifier.text.Sentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SecondOpinionModelTest {

    // zlib.crc32("u:bomb") % 2**18, the index the trainer gives the word "bomb"
    private static final int BOMB = 211_965;

    private static final String TEXT = "Talks resumed. A bomb went off. Peace was signed.";
    private static final List<Sentence> SENTENCES = List.of(
            new Sentence(0, 0, 0, 0, 14, 0, false),
            new Sentence(1, 0, 0, 15, 31, 0, false),
            new Sentence(2, 0, 0, 32, 49, 0, false));

    private static RelevanceModel bombModel(double bias) {
        float[] w = new float[1 << 18];
        w[BOMB] = 4.0f;
        return new RelevanceModel(w, 2000, bias);
    }

    @Test
    void theBestSentenceIsTheOneTheSentenceModelRatesHighest() {
        SecondOpinion.Opinion o = new SecondOpinion(new RelevanceModel(new float[16], 2000, 0.5), bombModel(-3))
                .opinion(TEXT, SENTENCES);
        assertThat(o.document()).isCloseTo(0.5, within(1e-9));
        assertThat(o.bestSentenceIndex()).isEqualTo(1);
        // "a", "bomb", "went", "off" and three bigrams: seven features
        assertThat(o.bestSentence()).isCloseTo(-3 + 4 / Math.sqrt(7), within(1e-6));
        assertThat(o.combined(2)).isCloseTo(0.5 + 2 * (-3 + 4 / Math.sqrt(7)), within(1e-6));
    }

    @Test
    void aTitleSentenceIsNotRead() {
        List<Sentence> titled = List.of(new Sentence(0, 0, 0, 15, 31, 0, true), SENTENCES.get(2));
        SecondOpinion.Opinion o = new SecondOpinion(new RelevanceModel(new float[16], 2000, 0), bombModel(-3))
                .opinion(TEXT, titled);
        assertThat(o.bestSentenceIndex()).isEqualTo(1);
        assertThat(o.bestSentence()).isCloseTo(-3, within(1e-9));
    }

    @Test
    void withoutASentenceModelTheDocumentSpeaksAlone() {
        SecondOpinion.Opinion o = new SecondOpinion(bombModel(-1), null).opinion(TEXT, SENTENCES);
        assertThat(o.bestSentenceIndex()).isEqualTo(-1);
        assertThat(o.combined(2)).isCloseTo(o.document(), within(1e-9));
        assertThat(SecondOpinion.none().opinion(TEXT, SENTENCES).combined(2)).isNaN();
    }

    @Test
    void readsADocumentAndASentenceSection() {
        SecondOpinion read = ModelFile.read(gzip("# comment\nmodel\tdocument\ndimensions\t262144\nmaxWords\t2000\n"
                + "bias\t-1\n" + BOMB + "\t2\nmodel\tsentence\ndimensions\t262144\nmaxWords\t2000\nbias\t-3\n"), "test");
        SecondOpinion.Opinion o = read.opinion("bomb", List.of(new Sentence(0, 0, 0, 0, 4, 0, false)));
        assertThat(o.document()).isCloseTo(1, within(1e-6));
        assertThat(o.bestSentence()).isCloseTo(-3, within(1e-6));
    }

    @Test
    void aFileWithoutSectionsIsADocumentModel() {
        SecondOpinion read = ModelFile.read(gzip("dimensions\t262144\nmaxWords\t2000\nbias\t-1\n" + BOMB + "\t2\n"), "test");
        SecondOpinion.Opinion o = read.opinion("bomb", List.of(new Sentence(0, 0, 0, 0, 4, 0, false)));
        assertThat(o.document()).isCloseTo(1, within(1e-6));
        assertThat(o.bestSentenceIndex()).isEqualTo(-1);
    }

    @Test
    void anUnknownOrRepeatedSectionStopsTheLoad() {
        assertThatThrownBy(() -> ModelFile.read(gzip("model\tparagraph\ndimensions\t4\nmaxWords\t1\nbias\t0\n"), "bad.tsv.gz"))
                .hasMessageContaining("bad.tsv.gz").hasMessageContaining("paragraph");
        assertThatThrownBy(() -> ModelFile.read(gzip("model\tsentence\ndimensions\t4\nmaxWords\t1\nbias\t0\n"), "bad.tsv.gz"))
                .hasMessageContaining("no document model");
    }

    @Test
    void aMalformedLineNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> ModelFile.read(gzip("dimensions\t4\nmaxWords 1\n"), "bad.tsv.gz"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.tsv.gz:2");
        assertThatThrownBy(() -> ModelFile.read(gzip("dimensions\t4\nmaxWords\t1\nbias\t0\n9\t1.5\n"), "bad.tsv.gz"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.tsv.gz:4");
        assertThatThrownBy(() -> ModelFile.read(gzip("7\t1.5\ndimensions\t4\n"), "bad.tsv.gz"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.tsv.gz:1");
        assertThatThrownBy(() -> ModelFile.read(gzip("dimensions\tmany\n"), "bad.tsv.gz"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.tsv.gz:1");
    }

    @Test
    void theBundledModelTellsAnAttackFromADialogue() {
        SecondOpinion bundled = SecondOpinion.loadDefault();
        String attack = "SAN SALVADOR, 12 MAR 90 -- [TEXT] URBAN GUERRILLAS TODAY DYNAMITED A BUS IN SOYAPANGO, "
                + "KILLING THREE PASSENGERS AND WOUNDING 12 PEASANTS, POLICE SOURCES REPORTED.";
        String dialogue = "SAN SALVADOR, 12 MAR 90 -- [TEXT] THE GOVERNMENT AND THE OPPOSITION PARTIES TODAY AGREED "
                + "TO RESUME THE NATIONAL DIALOGUE ON ECONOMIC REFORM NEXT MONTH, THE FOREIGN MINISTER ANNOUNCED.";
        SecondOpinion.Opinion a = bundled.opinion(attack, List.of(new Sentence(0, 0, 0, 0, attack.length(), 0, false)));
        SecondOpinion.Opinion d = bundled.opinion(dialogue, List.of(new Sentence(0, 0, 0, 0, dialogue.length(), 0, false)));
        assertThat(a.document()).isGreaterThan(0.0).isGreaterThan(d.document() + 1.0);
        assertThat(a.bestSentence()).isGreaterThan(d.bestSentence() + 1.0);
    }

    private static InputStream gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
