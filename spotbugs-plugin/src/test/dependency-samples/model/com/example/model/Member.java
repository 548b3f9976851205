package com.example.model;

/** A member of the loyalty programme: declares nothing sensitive itself. */
public class Member extends Person {
  public int points;
}
