/**
 * How advice woven into JDK classes reaches PII Guard.
 *
 * <p>{@code java.net.http} classes live in the platform class loader and {@code HttpURLConnection}'s
 * implementation in the bootstrap loader; neither can see the agent's classes, which the system
 * class loader loads from the agent jar. Advice woven into them may therefore name JDK types only.
 *
 * <p>The choice: for each instrumented JDK package the agent defines one tiny class,
 * {@code <package>.PiiGuardHooks}, holding {@code public static volatile BiFunction} fields, in a
 * package of the instrumented class's module (public, so the instrumented class can read it), with {@link java.lang.invoke.MethodHandles.Lookup#defineClass} (the package is
 * first opened to the agent with {@link java.lang.instrument.Instrumentation#redefineModule}). The
 * agent then stores its hook objects in those fields, and advice parameters annotated with
 * {@link dev.piiguard.agent.bridge.Hook} read them ({@link dev.piiguard.agent.bridge.HookBinding}).
 * A missing hook reads as {@code null} and the advice does nothing. The package is picked through
 * a class that no agent instruments, so that the instrumented classes are first loaded after the
 * transformer is in place.
 *
 * <p>Rejected alternatives: {@code Instrumentation.appendToBootstrapClassLoaderSearch}, even of a
 * small jar, makes HotSpot print "Sharing is only supported for boot loader classes because
 * bootstrap classpath has been appended" and disables class-data sharing for application classes
 * on Java 17 to 25; {@code sun.misc.Unsafe} based injection prints deprecation warnings on newer
 * JDKs and is going away.
 *
 * <p>Advice for libraries (OkHttp, Apache HttpClient, Netty) calls agent classes directly: such
 * libraries are loaded by the system class loader or a child of it, which sees the agent jar (for
 * a child, the classes that name the library's types are copied; see
 * {@link dev.piiguard.agent.instrumentation.LibraryCopies}).
 */
package dev.piiguard.agent.bridge;
