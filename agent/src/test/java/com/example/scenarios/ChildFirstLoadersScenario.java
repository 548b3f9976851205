package com.example.scenarios;

import java.io.File;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Two web applications, as an application server loads them: each has its own OkHttp (the folders
 * given after the URL, in turn), which a child-first class loader below the application class
 * loader defines. Each posts {@link #EMAIL} to {@code args[0]/child-first/<n>} and prints {@code
 * sent <n> <status>}. Then, per folder again, a loader that only builds a client (so that OkHttp
 * starts none of its own threads, which would keep it) is dropped, and the scenario prints {@code
 * unloaded true} when the garbage collector could reclaim them all.
 */
public final class ChildFirstLoadersScenario {
  public static final String EMAIL = "child.first.canary@example.com";

  private ChildFirstLoadersScenario() {}

  public static void main(String[] arguments) throws Exception {
    List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
    for (int n = 1; n < arguments.length; n++) {
      send(arguments[0] + "/child-first/" + n, arguments[n], n);
    }
    for (int n = 1; n < arguments.length; n++) {
      loaders.add(new WeakReference<>(buildOnly(arguments[n])));
    }
    for (int round = 0; round < 50 && loaders.stream().anyMatch(loader -> loader.get() != null); round++) {
      System.gc();
      Thread.sleep(20);
    }
    System.out.println("unloaded " + loaders.stream().allMatch(loader -> loader.get() == null));
  }

  private static ClassLoader buildOnly(String folder) throws Exception {
    try (URLClassLoader loader = webApplication(folder)) {
      loader.loadClass("okhttp3.OkHttpClient").getConstructor().newInstance();
      return loader;
    }
  }

  private static URLClassLoader webApplication(String folder) throws Exception {
    List<URL> jars = new ArrayList<>();
    for (File jar : new File(folder).listFiles((dir, name) -> name.endsWith(".jar"))) {
      jars.add(jar.toURI().toURL());
    }
    return new ChildFirstLoader(jars.toArray(URL[]::new), ChildFirstLoadersScenario.class.getClassLoader());
  }

  private static void send(String url, String folder, int n) throws Exception {
    URLClassLoader loader = webApplication(folder);
    Class<?> mediaType = loader.loadClass("okhttp3.MediaType");
    Class<?> requestBody = loader.loadClass("okhttp3.RequestBody");
    Object json = mediaType.getMethod("parse", String.class).invoke(null, "application/json");
    Object body = requestBody.getMethod("create", mediaType, String.class)
        .invoke(null, json, "{\"email\":\"" + EMAIL + "\"}");
    Object builder = loader.loadClass("okhttp3.Request$Builder").getConstructor().newInstance();
    builder.getClass().getMethod("url", String.class).invoke(builder, url);
    builder.getClass().getMethod("post", requestBody).invoke(builder, body);
    Object request = builder.getClass().getMethod("build").invoke(builder);
    Object client = loader.loadClass("okhttp3.OkHttpClient").getConstructor().newInstance();
    Object call = client.getClass().getMethod("newCall", loader.loadClass("okhttp3.Request")).invoke(client, request);
    Object response = loader.loadClass("okhttp3.Call").getMethod("execute").invoke(call);
    Method code = loader.loadClass("okhttp3.Response").getMethod("code");
    System.out.println("sent " + n + " " + code.invoke(response));
    ((AutoCloseable) response).close();
    loader.close();
  }

  /** Looks in its own jars first, as a web application's class loader does. */
  private static final class ChildFirstLoader extends URLClassLoader {
    ChildFirstLoader(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null && !name.startsWith("java.")) {
          try {
            loaded = findClass(name);
          } catch (ClassNotFoundException notHere) {
            // the parent's
          }
        }
        if (loaded == null) {
          loaded = super.loadClass(name, false);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
