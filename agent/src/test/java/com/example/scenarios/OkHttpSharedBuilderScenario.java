package com.example.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * One {@code OkHttpClient.Builder}, holding an interceptor of the application's, built into clients
 * on four threads at once; prints how many clients end with exactly one PII Guard interceptor, last,
 * and how many interceptors the builder holds afterwards.
 */
public final class OkHttpSharedBuilderScenario {
  private static final int THREADS = 4;
  private static final int BUILDS_PER_THREAD = 500;

  private OkHttpSharedBuilderScenario() {}

  public static void main(String[] arguments) throws Exception {
    OkHttpClient.Builder shared = new OkHttpClient.Builder().addInterceptor(chain -> chain.proceed(chain.request()));
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> guardedCounts = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      Callable<Integer> builds = () -> {
        int guarded = 0;
        for (int build = 0; build < BUILDS_PER_THREAD; build++) {
          guarded += isGuardedLast(shared.build().interceptors()) ? 1 : 0;
        }
        return guarded;
      };
      guardedCounts.add(threads.submit(builds));
    }
    int guarded = 0;
    for (Future<Integer> count : guardedCounts) {
      guarded += count.get();
    }
    threads.shutdown();
    System.out.println("guarded clients: " + guarded + " of " + THREADS * BUILDS_PER_THREAD);
    System.out.println("builder interceptors: " + shared.interceptors().size());
  }

  private static boolean isGuardedLast(List<Interceptor> interceptors) {
    long guards = interceptors.stream().filter(OkHttpSharedBuilderScenario::isPiiGuard).count();
    return guards == 1 && isPiiGuard(interceptors.get(interceptors.size() - 1));
  }

  private static boolean isPiiGuard(Interceptor interceptor) {
    return interceptor.getClass().getName().startsWith("dev.piiguard.");
  }
}
