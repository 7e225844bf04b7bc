package io.incidentalerts.bench;

/** Something under measurement: reads the input topic and writes what it makes of it to the output topic. */
interface BenchTarget extends AutoCloseable {

    String inputTopic();

    String outputTopic();

    /** True once every instance runs and the input's partitions are all assigned. */
    boolean ready();

    @Override
    void close();
}
