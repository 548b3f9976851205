package dev.piiguard.agent.bridge;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** Binds {@link Hook} advice parameters to the static fields of one injected hook holder class. */
public final class HookBinding implements Advice.OffsetMapping.Factory<Hook> {
  private final Class<?> holder;

  /** A binding that reads the fields of {@code holder}. */
  public HookBinding(Class<?> holder) {
    this.holder = holder;
  }

  @Override
  public Class<Hook> getAnnotationType() {
    return Hook.class;
  }

  @Override
  public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
      AnnotationDescription.Loadable<Hook> annotation, AdviceType adviceType) {
    String name = annotation.load().value();
    try {
      FieldDescription field = new FieldDescription.ForLoadedField(holder.getField(name));
      return new Advice.OffsetMapping.ForField.Resolved(target.getType(), true,
          Assigner.Typing.DYNAMIC, field);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("no hook field " + name + " in " + holder.getName(), e);
    }
  }
}
