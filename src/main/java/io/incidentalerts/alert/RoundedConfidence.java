package io.incidentalerts.alert;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a confidence with at most {@value #DECIMALS} decimals, so outputs say {@code 0.95} and not the
 * {@code 0.9500000000000001} that summing scores can give. Only the written form is rounded; the
 * classifier's value is kept as it is.
 */
public final class RoundedConfidence extends StdSerializer<Double> {

    public static final int DECIMALS = 3;
    private static final double SCALE = Math.pow(10, DECIMALS);

    public RoundedConfidence() {
        super(Double.class);
    }

    public static double round(double confidence) {
        return Math.round(confidence * SCALE) / SCALE;
    }

    @Override
    public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeNumber(round(value));
    }
}
