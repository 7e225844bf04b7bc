package io.incidentalerts.classifier;

import io.incidentalerts.classifier.dateline.Dateline;
import io.incidentalerts.classifier.dateline.DatelineReader;
import io.incidentalerts.classifier.geo.PlaceMatch;
import io.incidentalerts.classifier.geo.PlaceResolver;
import io.incidentalerts.classifier.geo.TextSpan;
import io.incidentalerts.classifier.model.SecondOpinion;
import io.incidentalerts.classifier.rules.CategoryChoice;
import io.incidentalerts.classifier.rules.CategoryChooser;
import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.rules.RuleSet;
import io.incidentalerts.classifier.rules.SentenceFacts;
import io.incidentalerts.classifier.rules.SentenceReader;
import io.incidentalerts.classifier.rules.SeverityRules;
import io.incidentalerts.classifier.text.AnalysedText;
import io.incidentalerts.classifier.text.DayDates;
import io.incidentalerts.classifier.text.Sentence;
import io.incidentalerts.classifier.text.SentenceSplitter;
import io.incidentalerts.classifier.text.Token;
import io.incidentalerts.classifier.toll.NumberReader;
import io.incidentalerts.classifier.toll.TollExtractor;
import io.incidentalerts.classifier.toll.TollMention;
import io.incidentalerts.classifier.toll.TollTotals;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an article reports a security incident that just happened and extracts category,
 * place, toll and severity with evidence. Rules come from the data files under
 * {@code classifier/} (see the README there). Pure, deterministic and thread-safe; build once with
 * {@link #loadDefault()}. Only the first {@link #MAX_CHARS} chars of an article are analysed.
 */
public final class IncidentClassifier {

    /** Analysed prefix: wire stories fit; a 10 MB input costs no more than a long story. */
    public static final int MAX_CHARS = 20_000;
    /** Incident sentences (after the title) whose triggers vote for the category. */
    static final int CATEGORY_SENTENCES = 3;
    static final int MAX_SENTENCES = 400;
    /**
     * Whether attackers reported killed apart from the victims ("three attackers were also killed")
     * join the killed total. Off by default: labelled incident lists report victims and name attacker
     * deaths apart. {@link #create(PlaceResolver, boolean)} with true gives the Global Terrorism
     * Database's totals, which include them.
     */
    public static final boolean DEFAULT_PERPETRATORS_IN_KILLED = false;

    private final PlaceResolver places;
    private final SentenceReader reader;
    private final DocumentDecision decision;
    private final SecondOpinion model;
    private final boolean perpetratorDeathsCount;

    private IncidentClassifier(PlaceResolver places, SentenceReader reader, DocumentDecision decision,
            SecondOpinion model, boolean perpetratorDeathsCount) {
        this.places = places;
        this.reader = reader;
        this.decision = decision;
        this.model = model;
        this.perpetratorDeathsCount = perpetratorDeathsCount;
    }

    public static IncidentClassifier loadDefault() {
        return create(PlaceResolver.loadDefault(), DEFAULT_PERPETRATORS_IN_KILLED);
    }

    /** @param perpetratorsInKilled true for GTD totals, false for victims-only totals */
    public static IncidentClassifier load(boolean perpetratorsInKilled) {
        return create(PlaceResolver.loadDefault(), perpetratorsInKilled);
    }

    public static IncidentClassifier create(PlaceResolver places) {
        return create(places, DEFAULT_PERPETRATORS_IN_KILLED);
    }

    /** @param perpetratorDeathsCount true for GTD totals, false for victims-only totals */
    public static IncidentClassifier create(PlaceResolver places, boolean perpetratorDeathsCount) {
        return create(places, perpetratorDeathsCount, SecondOpinion.loadDefault());
    }

    /** @param model the learned second opinion ({@link SecondOpinion#none()} for the rules alone) */
    public static IncidentClassifier create(PlaceResolver places, boolean perpetratorDeathsCount, SecondOpinion model) {
        RuleSet rules = RuleSet.load();
        TollExtractor tolls = new TollExtractor(NumberReader.load());
        return new IncidentClassifier(places, new SentenceReader(rules.lexicon(), tolls), DocumentDecision.load(),
                model, perpetratorDeathsCount);
    }

    /**
     * @throws ClassifierException when the rules fail on this article (a bug, a stack overflow on
     *         hostile text): never a silent "not an incident" that could hide a real incident
     */
    public Classification classify(Article article) {
        if (article == null) {
            return Classification.notIncident(null, 0.5, List.of());
        }
        try {
            return doClassify(article);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ClassifierException(article.id(), e);
        }
    }

    private Classification doClassify(Article article) {
        String text = article.analysedText();
        String title = article.title() == null ? "" : article.title();
        int titleEnd = title.isEmpty() ? 0 : Math.min(title.length(), text.length());
        AnalysedText analysed = AnalysedText.of(text, MAX_CHARS);
        List<Token> tokens = analysed.tokens();
        Optional<Dateline> dateline = DatelineReader.english().read(text, tokens);
        List<Sentence> split = SentenceSplitter.split(tokens, titleEnd);
        // sentences are read without the dateline; places keep it in its sentence's span (placeSpans)
        List<Sentence> sentences = dateline.isEmpty() ? split
                : SentenceSplitter.bodyAfterDateline(split, tokens, dateline.get().end());
        LocalDate published = article.publishedAt() == null ? null : article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        int year = published == null ? 0 : published.getYear();
        LocalDate filed = dateline.flatMap(d -> d.date(year)).orElse(published);

        List<SentenceFacts> facts = new ArrayList<>(Math.min(sentences.size(), MAX_SENTENCES));
        boolean backgroundMode = false;
        int bodySeen = 0;
        int rawTriggers = 0;
        boolean violent = false; // a trigger, or a weapon or perpetrator with a toll
        for (Sentence s : sentences) {
            if (facts.size() >= MAX_SENTENCES) {
                break;
            }
            SentenceFacts f = reader.read(text, tokens, s, year);
            if (!f.recent() && f.incident() && filed != null
                    && decision.recentGap(DayDates.fewestDaysBefore(tokens, s.from(), s.to(), filed))) {
                f = f.asRecent();
            }
            if (!s.title()) {
                bodySeen++;
                if (f.opensBackground() && bodySeen > 1) {
                    backgroundMode = true;
                }
            }
            if (backgroundMode && !f.background()) {
                f = f.asBackground();
            }
            rawTriggers += f.rawTriggers();
            violent |= f.incident();
            facts.add(f);
        }

        promoteWithNeighbourSupport(facts);
        boolean titleBlocked = false;
        for (SentenceFacts f : facts) {
            titleBlocked |= f.sentence().title() && f.hardFrame();
        }
        DocumentDecision.Shape shape = DocumentDecision.shape(facts);
        List<SentenceFacts> incidentLead = decision.incidentSentences(facts, shape);
        boolean vetoed = false;
        Sentence believed = null;
        if (!titleBlocked && (rawTriggers > 0 || violent) && decision.consultsModel(shape, facts)) {
            List<SentenceFacts> ruled = incidentLead;
            // the model reads the sentences as split (the dateline in the first), as it was trained
            SecondOpinion.Opinion opinion = model.opinion(text, split);
            incidentLead = decision.withSecondOpinion(facts, ruled, opinion);
            vetoed = !ruled.isEmpty() && incidentLead.isEmpty();
            believed = opinion.bestSentenceIndex() < 0 ? null : split.get(opinion.bestSentenceIndex());
        }
        if (titleBlocked || incidentLead.isEmpty()) {
            double conf = rawTriggers == 0 ? 0.95 : titleBlocked ? 0.85 : vetoed ? 0.7 : 0.75;
            return Classification.notIncident(article.id(), conf, List.of());
        }
        return incident(article, analysed, dateline, split, facts, incidentLead, believed);
    }

    /**
     * A weak trigger lacking support in its own sentence ("the car exploded") is accepted when the
     * sentence before or after (same part of the article, not background) has a toll or perpetrator.
     */
    private static void promoteWithNeighbourSupport(List<SentenceFacts> facts) {
        for (int i = 0; i < facts.size(); i++) {
            SentenceFacts f = facts.get(i);
            if (f.pending().isEmpty() || f.background()) {
                continue;
            }
            boolean support = false;
            for (int j = i - 1; j <= i + 1; j += 2) {
                if (j >= 0 && j < facts.size() && j != i) {
                    SentenceFacts n = facts.get(j);
                    support |= !n.background() && !n.hardFrame() && n.sentence().title() == f.sentence().title()
                            && n.lendsSupport();
                }
            }
            if (support) {
                facts.set(i, f.withTriggers(f.pending()));
            }
        }
    }

    /** @param believed the sentence the second opinion's sentence model rated highest, or null when it did not speak */
    private Classification incident(Article article, AnalysedText analysed, Optional<Dateline> dateline,
            List<Sentence> placeSpans, List<SentenceFacts> facts, List<SentenceFacts> incidentLead, Sentence believed) {
        String text = analysed.text();
        List<Token> tokens = analysed.tokens();
        List<Evidence> evidence = new ArrayList<>();
        SentenceFacts main = incidentLead.get(0);
        for (SentenceFacts f : incidentLead) { // prefer a sentence with a strong trigger
            if (f.triggers().stream().anyMatch(t -> t.rule().strong())) {
                main = f;
                break;
            }
        }
        Match mainTrigger = main.triggers().get(0);
        evidence.add(evidence("incident", text, tokens, mainTrigger.from(), mainTrigger.to()));

        List<SentenceFacts> categoryFocus = new ArrayList<>();
        int bodyVotes = 0;
        for (SentenceFacts f : incidentLead) {
            if (f.sentence().title() || bodyVotes++ < CATEGORY_SENTENCES) {
                categoryFocus.add(f);
            }
        }
        CategoryChoice choice = CategoryChooser.choose(categoryFocus);
        Match catEvidence = choice.evidence() == null ? mainTrigger : choice.evidence();
        evidence.add(evidence("category", text, tokens, catEvidence.from(), catEvidence.to()));

        // fighters killed by an air strike or shelling that killed no one else were its targets
        TollTotals totals = new TollTotals(perpetratorDeathsCount, choice.category() == Category.SHELLING_AIRSTRIKE);
        int signalWeight = 0;
        List<Match> signals = new ArrayList<>();
        // body first: a headline figure is rounded or counts attackers; it is used when the body has none
        for (int pass = 0; pass < 2; pass++) {
            for (SentenceFacts f : facts) {
                if (!f.background() && !f.hardFrame() && f.sentence().title() == (pass == 1)) {
                    for (TollMention t : f.tolls()) {
                        totals.add(t);
                    }
                }
            }
        }
        for (SentenceFacts f : facts) {
            if (f.background() || f.hardFrame()) {
                continue;
            }
            for (Match m : f.signals()) {
                if (signals.stream().noneMatch(s -> s.rule() == m.rule())) {
                    signals.add(m);
                    signalWeight += m.rule().weight();
                }
            }
        }
        TollMention killed = totals.killedEvidence();
        TollMention injured = totals.injuredEvidence();
        int k = (int) Math.min(totals.killed(), Integer.MAX_VALUE);
        int w = (int) Math.min(totals.injured(), Integer.MAX_VALUE);
        if (killed != null) {
            evidence.add(evidence("killed", text, tokens, killed.from(), killed.to()));
        }
        if (injured != null) {
            evidence.add(evidence("injured", text, tokens, injured.from(), injured.to()));
        }
        Casualties casualties = new Casualties(k, w);
        Severity severity = SeverityRules.severity(casualties, choice.category(), signalWeight);
        for (Match m : signals) {
            evidence.add(evidence("severity", text, tokens, m.from(), m.to()));
        }

        Location location = null;
        Optional<PlaceMatch> place = resolve(analysed, dateline, placeSpans, facts, main, incidentLead);
        if (place.isPresent()) {
            PlaceMatch p = place.get();
            location = p.location();
            if (p.start() >= 0 && p.end() <= text.length() && p.start() < p.end()) {
                evidence.add(new Evidence("location", text.substring(p.start(), p.end()), p.start(), p.end()));
            }
        }
        dateline.ifPresent(d -> evidence.add(new Evidence("dateline", text.substring(d.start(), d.end()),
                d.start(), d.end())));
        if (believed != null) {
            evidence.add(new Evidence("second-opinion", text.substring(believed.start(), believed.end()),
                    believed.start(), believed.end()));
        }
        double confidence = confidence(main, incidentLead, k > 0 || w > 0 || killed != null || injured != null);
        return new Classification(article.id(), true, choice.category(), severity, confidence, location, casualties,
                List.copyOf(evidence));
    }

    /**
     * The place from the focus sentences' spans. {@code placeSpans} are the sentences as split, the
     * dateline still inside the first: the dateline place keeps that sentence's focus weight, which
     * the place weights were set with (taking it out cost country accuracy on every wire set).
     */
    private Optional<PlaceMatch> resolve(AnalysedText analysed, Optional<Dateline> dateline, List<Sentence> placeSpans,
            List<SentenceFacts> facts, SentenceFacts main, List<SentenceFacts> incidentLead) {
        List<TextSpan> focus = new ArrayList<>();
        for (SentenceFacts f : facts) {
            if (f.sentence().title()) {
                focus.add(span(placeSpans, f.sentence()));
            }
        }
        if (!main.sentence().title()) {
            focus.add(span(placeSpans, main.sentence()));
        }
        for (SentenceFacts f : incidentLead) {
            if (f != main && !f.sentence().title()) {
                focus.add(span(placeSpans, f.sentence()));
            }
        }
        SentenceFacts before = sentenceBefore(facts, main, analysed.tokens());
        if (before != null && !incidentLead.contains(before)) {
            focus.add(span(placeSpans, before.sentence()));
        }
        SentenceFacts opening = unsupportedOpening(facts, main);
        if (opening != null && opening != before && !incidentLead.contains(opening)) {
            focus.add(span(placeSpans, opening.sentence()));
        }
        Optional<PlaceMatch> p = places.resolveAnalysed(analysed, dateline, List.copyOf(focus));
        return p == null ? Optional.empty() : p;
    }

    /**
     * The opening body sentence, before the main one, whose violent word only lacked support ("THERE
     * HAS BEEN ANOTHER ATTACK IN MEDELLIN" before the paragraph that tells the blast): it names the
     * event's place more often than not, and ranks last in focus.
     */
    private static SentenceFacts unsupportedOpening(List<SentenceFacts> facts, SentenceFacts main) {
        for (SentenceFacts f : facts) {
            if (f == main) {
                return null;
            }
            if (!f.sentence().title()) {
                boolean usable = !f.pending().isEmpty() && !f.background() && !f.hardFrame();
                return usable ? f : null;
            }
        }
        return null;
    }

    /**
     * The body sentence right before the main one when the main one goes on with its event ("A
     * grenade caused a fuel tanker to explode in Afrin." then "The explosion killed 53"), though the
     * rules did not accept it (a soft frame, no toll of its own): it ranks last in focus.
     */
    private static SentenceFacts sentenceBefore(List<SentenceFacts> facts, SentenceFacts main, List<Token> tokens) {
        int at = facts.indexOf(main);
        if (at <= 0 || !SentenceReader.continuesTheEventBefore(tokens, main.sentence())) {
            return null;
        }
        SentenceFacts f = facts.get(at - 1);
        boolean violent = f.rawTriggers() > 0 || !f.weapons().isEmpty();
        return violent && !f.sentence().title() && !f.background() && !f.hardFrame() ? f : null;
    }

    private static TextSpan span(List<Sentence> placeSpans, Sentence s) {
        Sentence whole = placeSpans.get(s.index());
        return new TextSpan(whole.start(), whole.end());
    }

    /**
     * 0.5 for a supported trigger, plus: strong trigger 0.15, a toll 0.15, several incident sentences
     * 0.1, a perpetrator or weapon 0.05; minus 0.1 when the main sentence has a soft frame.
     */
    private static double confidence(SentenceFacts main, List<SentenceFacts> lead, boolean toll) {
        double c = 0.5;
        if (main.triggers().stream().anyMatch(t -> t.rule().strong())) {
            c += 0.15;
        }
        if (toll) {
            c += 0.15;
        }
        if (lead.size() > 1) {
            c += 0.1;
        }
        if (!main.perpetrators().isEmpty() || !main.weapons().isEmpty()) {
            c += 0.05;
        }
        if (main.frame() != null) {
            c -= 0.1;
        }
        return Math.max(0.0, Math.min(0.99, c));
    }

    private static Evidence evidence(String field, String text, List<Token> tokens, int fromToken, int toToken) {
        int start = tokens.get(fromToken).start();
        int end = tokens.get(toToken - 1).end();
        return new Evidence(field, text.substring(start, end), start, end);
    }
}
