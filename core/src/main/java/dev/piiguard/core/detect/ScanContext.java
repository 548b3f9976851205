package dev.piiguard.core.detect;

/**
 * The mutable state of one scan, reused per thread so that a scan that finds nothing allocates
 * nothing.
 */
final class ScanContext {
  private static final ThreadLocal<ScanContext> CURRENT =
      ThreadLocal.withInitial(() -> new ScanContext(null));
  /** Contexts for virtual threads, a few per core. */
  private static final ScanContextPool POOL =
      new ScanContextPool(4 * Runtime.getRuntime().availableProcessors());

  final Text text = new Text();
  final PendingFindings pending = new PendingFindings();
  final KnownValueQueue knownValueQueue = new KnownValueQueue(pending);
  final DigitChain chain = new DigitChain();
  final StringBuilder scratch = new StringBuilder(64);
  final int[] digits = new int[64];
  /** The ASCII copy of a stretch around full-width digits (see {@link FullWidthDigits}). */
  final AsciiCopy fullWidthCopy = new AsciiCopy();
  /** Where the String scan loop copies the low bytes of the text to, a chunk at a time. */
  final byte[] chunk = new byte[4096];
  /** Where the match that a detector just returned the end of starts. */
  int matchStart;
  /** Where a match that may reach past its digit chain (a phone extension) ends. */
  int matchEnd;
  /** Where the last phone number found in this scan ends, or -1 (see {@link PhoneDetector}). */
  int lastPhoneEnd = -1;
  /** Where the last grouped card found in this scan ends, or -1 ({@link PaymentCardDetector}). */
  int lastCardEnd = -1;
  /**
   * Where the stretch read last in an ASCII copy of full-width numbers ends: the numbers up to it
   * were scanned with it, or -1 ({@link FullWidthDigits}).
   */
  int fullWidthReadTo = -1;
  /** The table row a value's column name was read from last (see {@link TableColumnLabel}). */
  final TableColumnLabel.Memory tableRow = new TableColumnLabel.Memory();
  private boolean inUse;

  /** The context a scan from inside this one uses, made the first time one is needed. */
  private ScanContext inner;
  /** The pool this context goes back to after a scan, or null for a thread's own. */
  private final ScanContextPool pool;

  ScanContext(ScanContextPool pool) {
    this.pool = pool;
  }

  /**
   * The calling thread's context, or when a scan runs inside another (a listener that scans
   * again, the scan of a full-width number's ASCII copy), the inner context of the one in use.
   */
  static ScanContext acquire() {
    ScanContext context = ScanContextPool.onVirtualThread() ? POOL.take() : CURRENT.get();
    while (context.inUse) {
      if (context.inner == null) {
        context.inner = new ScanContext(null);
      }
      context = context.inner;
    }
    context.inUse = true;
    return context;
  }

  /** Offers a built-in detector's match; built-in detectors share the best rank. */
  void offer(String type, int start, int end) {
    pending.offer(type, start, end, 0);
  }

  void release() {
    text.clear();
    pending.clear();
    scratch.setLength(0);
    lastPhoneEnd = -1;
    lastCardEnd = -1;
    fullWidthReadTo = -1;
    tableRow.clear();
    inUse = false;
    if (pool != null) {
      pool.give(this);
    }
  }
}
