package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.dateline.Dateline;
import io.incidentalerts.classifier.dateline.DatelineReader;
import io.incidentalerts.classifier.text.AnalysedText;
import io.incidentalerts.classifier.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where the incident in a text happened, using the bundled GeoNames-based gazetteer.
 * Immutable and thread-safe; load it once with {@link #loadDefault()} and share it.
 */
public final class PlaceResolver {

    /** Texts longer than this are read only up to here (plus any focus spans further on). */
    static final int MAX_SCAN_CHARS = 200_000;
    private static final int MAX_FOCUS_SPAN_CHARS = 20_000;

    private static volatile PlaceResolver shared;

    private final Gazetteer gazetteer;
    private final MentionFinder finder;
    private final EventPlaceScorer scorer;
    private final LocationBuilder locations;

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new MentionFinder(gazetteer);
        this.scorer = new EventPlaceScorer(gazetteer);
        this.locations = new LocationBuilder(gazetteer);
    }

    /** The resolver over the bundled gazetteer, loaded on first call and shared afterwards. */
    public static PlaceResolver loadDefault() {
        PlaceResolver r = shared;
        if (r == null) {
            synchronized (PlaceResolver.class) {
                r = shared;
                if (r == null) {
                    r = new PlaceResolver(GazetteerLoader.loadDefault());
                    shared = r;
                }
            }
        }
        return r;
    }

    /**
     * @param text  the analysed text
     * @param focus the spans that describe the incident itself, strongest first; places found there
     *              beat places elsewhere in the text (background, quotes, earlier events)
     * @return the event place with the span that named it, or empty when none is found
     * @throws RuntimeException on a bug in the rules, so that the caller can count it (the classifier
     *         turns it into a dead letter) instead of alerting with no place as if none were named
     */
    public Optional<PlaceMatch> resolve(String text, List<TextSpan> focus) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        AnalysedText analysed = AnalysedText.of(text, MAX_SCAN_CHARS);
        return resolveAnalysed(analysed, DatelineReader.english().read(text, analysed.tokens()), focus);
    }

    /**
     * Same as {@link #resolve(String, List)} over text already tokenized (by the classifier): its
     * tokens are read, not the text again; a text longer than the tokens cover is read on up to
     * {@link #MAX_SCAN_CHARS}.
     *
     * @param dateline the article's dateline (where the story was filed), read from the same tokens
     */
    public Optional<PlaceMatch> resolveAnalysed(AnalysedText analysed, Optional<Dateline> dateline,
                                                List<TextSpan> focus) {
        if (analysed == null || analysed.text() == null || analysed.text().isEmpty()) {
            return Optional.empty();
        }
        List<TextSpan> spans = focus == null ? List.of() : focus;
        List<Mention> mentions = findMentions(analysed, dateline == null ? null : dateline.orElse(null), spans);
        PositionWeights.markFocus(mentions, spans);
        EventPlaceScorer.Choice choice = scorer.choose(mentions, !spans.isEmpty());
        if (choice == null) {
            return Optional.empty();
        }
        Location location = locations.of(choice.ref());
        return Optional.of(new PlaceMatch(location, choice.mention().start, choice.mention().end,
                Confidence.of(choice)));
    }

    /** Same as {@link #resolve(String, List)} with no focus: the opening of the text counts most. */
    public Optional<PlaceMatch> resolve(String text) {
        return resolve(text, List.of());
    }

    /**
     * A country by English name, common alternate name, demonym or ISO alpha-2 code ("Türkiye",
     * "Turkey", "Turkish", "TR"), at country precision; empty when unknown. Useful to compare
     * country names from other sources with {@link Location#country()}.
     */
    public Optional<Location> country(String nameDemonymOrCode) {
        if (nameDemonymOrCode == null || nameDemonymOrCode.isBlank() || nameDemonymOrCode.length() > 100) {
            return Optional.empty();
        }
        String trimmed = nameDemonymOrCode.trim();
        Country byCode = trimmed.length() == 2 ? gazetteer.countryByCode(trimmed.toUpperCase(java.util.Locale.ROOT))
                : null;
        if (byCode != null) {
            return Optional.of(locations.country(byCode));
        }
        String key = WordView.nameKey(trimmed);
        for (NameRef ref : gazetteer.lookup(key)) {
            if (ref.kind() == NameRef.Kind.COUNTRY || ref.kind() == NameRef.Kind.DEMONYM) {
                return Optional.of(locations.country(gazetteer.country(ref.index())));
            }
        }
        return Optional.empty();
    }

    /** Developer aid: every mention found, with its flags and candidates. */
    String explain(String text) {
        StringBuilder out = new StringBuilder();
        AnalysedText analysed = AnalysedText.of(text, MAX_SCAN_CHARS);
        Dateline dateline = DatelineReader.english().read(text, analysed.tokens()).orElse(null);
        for (Mention m : findMentions(analysed, dateline, List.of())) {
            out.append(String.format("%d-%d '%s' cue=%s div=%s set=%s q=%s person=%s after=%s common=%s comp=%s border=%s"
                            + " cap=%s fac=%s origin=%s nat=%s dl=%s%n", m.start, m.end, text.substring(m.start, m.end),
                    m.locativeCue, m.divisionSuffix, m.settlementCue, m.qualifiers, m.personLike, m.namedAfter,
                    m.commonWord, m.compound, m.border, m.capitalCue, m.facilitySuffix, m.origin, m.nationality,
                    m.dateline));
            for (int k = 0; k < Math.min(5, m.refs.length); k++) {
                NameRef r = m.refs[k];
                out.append("    ").append(r).append(' ').append(locations.of(r)).append('\n');
            }
        }
        out.append("=> ").append(resolve(text)).append('\n');
        return out.toString();
    }

    private List<Mention> findMentions(AnalysedText analysed, Dateline dateline, List<TextSpan> focus) {
        String text = analysed.text();
        int head = Math.min(text.length(), MAX_SCAN_CHARS);
        List<Mention> mentions = new ArrayList<>(finder.find(text, WordView.of(text, scanTokens(analysed, head)), dateline));
        for (TextSpan span : focus) {
            if (span == null) {
                continue;
            }
            int from = Math.max(head, Math.max(0, span.start()));
            int to = Math.min(text.length(), Math.min(span.end(), from + MAX_FOCUS_SPAN_CHARS));
            if (from < to) {
                mentions.addAll(finder.find(text, WordView.of(text, from, to), null));
            }
        }
        return mentions;
    }

    /** The tokens of [0, head): the given ones, read on where they stop short of head. */
    private static List<io.incidentalerts.classifier.text.Token> scanTokens(AnalysedText analysed, int head) {
        List<io.incidentalerts.classifier.text.Token> tokens = analysed.tokens();
        if (analysed.end() >= head) {
            int n = tokens.size();
            while (n > 0 && tokens.get(n - 1).start() >= head) {
                n--;
            }
            return n == tokens.size() ? tokens : tokens.subList(0, n);
        }
        // the last token may be a word cut at the tokens' limit: read it again with the rest
        int keep = tokens.size();
        int from = analysed.end();
        if (keep > 0 && tokens.get(keep - 1).end() >= from) {
            keep--;
            from = tokens.get(keep).start();
        }
        List<io.incidentalerts.classifier.text.Token> all = new ArrayList<>(tokens.subList(0, keep));
        all.addAll(Tokenizer.tokenize(analysed.text(), from, head));
        return all;
    }
}
