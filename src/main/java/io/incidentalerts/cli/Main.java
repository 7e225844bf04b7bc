package io.incidentalerts.cli;
public class Main { public static void main(String[] a) {} }
