package dev.piiguard.agent.instrumentation.okhttp;

import okhttp3.HttpUrl;
import okhttp3.RequestBody;

/**
 * A request's tag: the body and URL that {@link PiiGuardInterceptor} let out after inspecting the
 * request, against which {@link PiiGuardLateRequestCheck} tells what changed since.
 */
record InspectedSend(RequestBody body, HttpUrl url) {}
