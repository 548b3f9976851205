package dev.piiguard.core.known;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class FingerprintHashTest {
  private static final BigInteger MODULUS = BigInteger.valueOf(FingerprintHash.MODULUS);

  @Property
  void multipliesModuloTheMersennePrime(@ForAll @LongRange(min = 0, max = (1L << 61) - 2) long a,
      @ForAll @LongRange(min = 0, max = (1L << 61) - 2) long b) {
    long expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(MODULUS).longValueExact();
    assertThat(FingerprintHash.multiply(a, b)).isEqualTo(expected);
  }

  @Property
  void extendsAsThePolynomialOfTheUnitsPlusOne(@ForAll @LongRange(min = 0, max = (1L << 61) - 2) long previous,
      @ForAll @LongRange(min = 2, max = (1L << 61) - 2) long base, @ForAll char unit) {
    long expected = BigInteger.valueOf(previous).multiply(BigInteger.valueOf(base))
        .add(BigInteger.valueOf(unit + 1L)).mod(MODULUS).longValueExact();
    assertThat(FingerprintHash.extend(previous, unit, base)).isEqualTo(expected);
  }
}
