package dev.piiguard.spotbugs.internal.model;

/**
 * A field, record component or method declared sensitive: the class that declares it (the owner
 * named at the use, or one of its supertypes) and the PII types it holds ({@code EMAIL,PHONE}).
 */
public record SensitiveMember(ClassFacts declarer, String piiTypes) {}
