package io.incidentalerts.classifier.geo;

/** Prints what the resolver sees in each argument: `java -cp target/classes:target/test-classes ... ExplainMain "text"`. */
public final class ExplainMain {

    private ExplainMain() {
    }

    public static void main(String[] args) {
        PlaceResolver resolver = PlaceResolver.loadDefault();
        for (String text : args) {
            System.out.println(resolver.explain(text));
        }
    }
}
