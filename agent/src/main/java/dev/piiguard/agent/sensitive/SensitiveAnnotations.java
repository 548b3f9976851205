package dev.piiguard.agent.sensitive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The annotations that mark a field as sensitive: {@code @Sensitive}, and the application's own
 * annotations the {@code sensitive-annotations} option names (meta-annotated with
 * {@code @Sensitive}, such as {@code @PersonalData}), each with the entity id it gives. The
 * application's own cannot be found otherwise: a class that uses one does not name
 * {@code @Sensitive}, and its annotation's class loads (if ever) after it.
 */
final class SensitiveAnnotations {
  /**
   * The application's annotation, named in pieces: the agent jar relocates the annotations it
   * bundles, and with them every constant that names their package.
   */
  static final String SENSITIVE = "L" + String.join("/", "dev", "piiguard", "annotations", "Sensitive") + ";";
  static final String OTHER = "OTHER";

  private final List<ByteSearch> searches = new ArrayList<>();
  private final Set<String> own;
  /** The entity id of each of the application's own annotations, read from its class file once. */
  private final Map<String, String> ownTypes = new ConcurrentHashMap<>();

  /** {@code own} holds the binary names of the application's own annotations. */
  SensitiveAnnotations(List<String> own) {
    this.own = Set.copyOf(own.stream().map(name -> "L" + name.replace('.', '/') + ";").toList());
    searches.add(new ByteSearch(SENSITIVE));
    this.own.forEach(descriptor -> searches.add(new ByteSearch(descriptor)));
  }

  /** {@code @Sensitive} alone. */
  static SensitiveAnnotations onlySensitive() {
    return new SensitiveAnnotations(List.of());
  }

  /** Whether the class file names one of the annotations at all: the check every loaded class gets. */
  boolean mentionedIn(byte[] classFile) {
    for (ByteSearch search : searches) {
      if (search.foundIn(classFile)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code descriptor} is one of the application's own annotations. */
  boolean isOwn(String descriptor) {
    return own.contains(descriptor);
  }

  /**
   * The entity id an own annotation gives: the first {@code PiiType} other than {@code OTHER} its
   * {@code @Sensitive} names, read from its class file through {@code loader}, else {@code OTHER}.
   */
  String typeOf(String descriptor, ClassLoader loader) {
    return ownTypes.computeIfAbsent(descriptor, key -> readType(key, loader));
  }

  private static String readType(String descriptor, ClassLoader loader) {
    String resource = descriptor.substring(1, descriptor.length() - 1) + ".class";
    String[] type = new String[1];
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in != null) {
        new ClassReader(in.readAllBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
          @Override
          public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
            return SENSITIVE.equals(annotation) ? new FirstType(type) : null;
          }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      }
    } catch (IOException | RuntimeException e) {
      // the option named it: a field it marks is sensitive, of no known type
    }
    return type[0] != null ? type[0] : OTHER;
  }

  /**
   * Reads the first {@code PiiType} other than {@code OTHER} of a {@code @Sensitive}; the holder
   * reads {@code OTHER} once the annotation is seen, and the type once one is named.
   */
  static final class FirstType extends AnnotationVisitor {
    private final String[] holder;

    FirstType(String[] holder) {
      super(Opcodes.ASM9);
      this.holder = holder;
      holder[0] = OTHER;
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
      return this;
    }

    @Override
    public void visitEnum(String name, String descriptor, String value) {
      if (OTHER.equals(holder[0]) || holder[0] == null) {
        holder[0] = value;
      }
    }
  }
}
