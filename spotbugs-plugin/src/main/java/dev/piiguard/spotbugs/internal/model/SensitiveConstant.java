package dev.piiguard.spotbugs.internal.model;

/**
 * A {@code static final} field declared sensitive whose value is a compile-time constant: the class
 * that declares it, the field's name and the PII types it holds ({@code SECRET}).
 */
public record SensitiveConstant(ClassFacts declarer, String fieldName, String piiTypes) {}
