package com.example.scenarios;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An application's own annotation for personal data, meta-annotated as DESIGN allows. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Sensitive(PiiType.PERSON_NAME)
public @interface PersonalData {}
