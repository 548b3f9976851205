package com.example.scenarios;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an OkHttp client whose classes a class loader defines from the jars in the folder given,
 * a loader whose parent is the platform class loader: it does not delegate to the application
 * class loader, as some plugin systems' loaders do not. Prints {@code built}.
 */
public final class ChildLoaderScenario {
  private ChildLoaderScenario() {}

  public static void main(String[] arguments) throws Exception {
    List<URL> jars = new ArrayList<>();
    for (File jar : new File(arguments[0]).listFiles((folder, name) -> name.endsWith(".jar"))) {
      jars.add(jar.toURI().toURL());
    }
    try (URLClassLoader libraries = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      libraries.loadClass("okhttp3.OkHttpClient").getConstructor().newInstance();
      System.out.println("built");
    }
  }
}
