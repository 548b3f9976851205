package com.example.scenarios;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an OkHttp client whose classes a child class loader defines from the jars in the folder
 * given, as a Spring Boot executable jar loads its libraries; prints {@code built}.
 */
public final class ChildLoaderScenario {
  private ChildLoaderScenario() {}

  public static void main(String[] arguments) throws Exception {
    List<URL> jars = new ArrayList<>();
    for (File jar : new File(arguments[0]).listFiles((folder, name) -> name.endsWith(".jar"))) {
      jars.add(jar.toURI().toURL());
    }
    try (URLClassLoader libraries = new URLClassLoader(jars.toArray(URL[]::new), ChildLoaderScenario.class.getClassLoader())) {
      libraries.loadClass("okhttp3.OkHttpClient").getConstructor().newInstance();
      System.out.println("built");
    }
  }
}
