package dev.piiguard.core.internal.splice;

/**
 * One planned replacement: units {@code [start, end)} of a view become a placeholder or a token of
 * {@code type}; {@code quoted} says the replacement must be written as a JSON string because the
 * replaced units were a bare JSON number.
 */
public record Edit(int start, int end, String type, boolean quoted) {}
