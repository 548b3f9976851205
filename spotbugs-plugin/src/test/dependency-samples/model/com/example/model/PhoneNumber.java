package com.example.model;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The model module's own vocabulary: a phone number. */
@Sensitive(PiiType.PHONE)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface PhoneNumber {}
