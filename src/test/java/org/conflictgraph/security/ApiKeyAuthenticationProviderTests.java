package org.conflictgraph.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How much bcrypt work a presented key costs: an anonymous caller must not be able to
 * make the service run bcrypt checks by sending keys nobody configured.
 */
class ApiKeyAuthenticationProviderTests {

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	private final CountingEncoder counting = new CountingEncoder(this.bcrypt);

	@Test
	void aKeyWithAnUnknownIdCostsNoBcryptCheckEvenTheFirstTime() {
		ApiKeyAuthenticationProvider provider = providerWithIdentifiedKeys();

		assertRefused(provider, "nobody.some-guess");
		assertRefused(provider, "a-key-without-any-id");
		assertRefused(provider, "x".repeat(500));

		assertThat(this.counting.checks.get()).isZero();
	}

	@Test
	void aKeyWithAKnownIdIsCheckedAgainstThatKeyOnly() {
		ApiKeyAuthenticationProvider provider = providerWithIdentifiedKeys();

		assertRefused(provider, "carol.wrong-secret");
		assertThat(this.counting.checks.get()).isEqualTo(1);

		Authentication accepted = provider.authenticate(ApiKeyAuthentication.presented("dave.dave-secret"));
		assertThat(accepted.getName()).isEqualTo("dave");
		assertThat(this.counting.checks.get()).isEqualTo(2);
	}

	@Test
	void aKeyThatPassedOrFailedOnceIsNotHashedWithBcryptAgain() {
		ApiKeyAuthenticationProvider provider = providerWithIdentifiedKeys();
		provider.authenticate(ApiKeyAuthentication.presented("carol.carol-secret"));
		assertRefused(provider, "carol.wrong-secret");
		int afterFirst = this.counting.checks.get();

		provider.authenticate(ApiKeyAuthentication.presented("carol.carol-secret"));
		assertRefused(provider, "carol.wrong-secret");

		assertThat(this.counting.checks.get()).isEqualTo(afterFirst);
	}

	@Test
	void bcryptKeysWithoutAnIdAreStillAcceptedButEachUnknownKeyIsCheckedAgainstThem() {
		ApiKeyAuthenticationProvider provider = new ApiKeyAuthenticationProvider(new AccessProperties(false,
				List.of(new AccessProperties.Key("erin", Role.EDITOR, this.bcrypt.encode("erin-secret"), null)), 60),
				this.counting);

		assertThat(provider.authenticate(ApiKeyAuthentication.presented("erin-secret")).getName()).isEqualTo("erin");
		assertRefused(provider, "unknown");
		assertThat(this.counting.checks.get()).isEqualTo(2);
	}

	@Test
	void twoKeysWithOneIdStopTheServiceAtStartUp() {
		String hash = this.bcrypt.encode("same.secret");
		assertThatIllegalStateException()
			.isThrownBy(
					() -> new ApiKeyAuthenticationProvider(
							new AccessProperties(false,
									List.of(new AccessProperties.Key("a", Role.EDITOR, hash, "same"),
											new AccessProperties.Key("b", Role.READER, hash, "same")),
									60),
							this.counting))
			.withMessageContaining("conflictgraph.security.keys[1].id")
			.withMessageContaining("used by another key");
	}

	private ApiKeyAuthenticationProvider providerWithIdentifiedKeys() {
		return new ApiKeyAuthenticationProvider(new AccessProperties(false,
				List.of(new AccessProperties.Key("carol", Role.EDITOR, this.bcrypt.encode("carol.carol-secret"),
						"carol"),
						new AccessProperties.Key("dave", Role.READER, this.bcrypt.encode("dave.dave-secret"), "dave")),
				60), this.counting);
	}

	private static void assertRefused(ApiKeyAuthenticationProvider provider, String key) {
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> provider.authenticate(ApiKeyAuthentication.presented(key)));
	}

	private record CountingEncoder(PasswordEncoder delegate, AtomicInteger checks) implements PasswordEncoder {

		CountingEncoder(PasswordEncoder delegate) {
			this(delegate, new AtomicInteger());
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return this.delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.checks.incrementAndGet();
			return this.delegate.matches(rawPassword, encodedPassword);
		}

	}

}
