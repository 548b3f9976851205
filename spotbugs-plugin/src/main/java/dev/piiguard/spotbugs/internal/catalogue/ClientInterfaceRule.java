package dev.piiguard.spotbugs.internal.catalogue;

/**
 * A catalogue line naming an annotation that marks a declarative client interface ({@code @FeignClient},
 * {@code @PostExchange}, Retrofit's {@code @POST}): a library implements the interface with a proxy
 * that sends the arguments of each call, so a call of a method the annotation marks, or of any method
 * of an interface it marks, is a sink.
 */
public final class ClientInterfaceRule {
  private final BugPattern pattern;
  private final String annotationDescriptor;

  ClientInterfaceRule(BugPattern pattern, String annotationName) {
    this.pattern = pattern;
    this.annotationDescriptor = descriptorOf(annotationName);
  }

  /** The descriptor of an annotation named {@code com.example.Annotation} in a catalogue line. */
  static String descriptorOf(String annotationName) {
    if (annotationName.indexOf('#') >= 0 || annotationName.indexOf('/') >= 0) {
      throw new IllegalArgumentException("annotation must look like com.example.Annotation");
    }
    return "L" + annotationName.replace('.', '/') + ";";
  }

  public BugPattern pattern() {
    return pattern;
  }

  /** The annotation's descriptor, such as {@code Lretrofit2/http/POST;}. */
  public String annotationDescriptor() {
    return annotationDescriptor;
  }
}
