package org.conflictgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class ReportImportEndpointTests {

	@Test
	void aBodyWithinTheLimitReadsToTheEnd() throws IOException {
		var body = new ReportImportEndpoint.LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10);
		assertThat(body.readAllBytes()).hasSize(10);
		assertThat(body.exceeded).isFalse();
	}

	@Test
	void aBodyBeyondTheLimitFailsThereAndSaysSo() {
		var body = new ReportImportEndpoint.LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10);
		assertThatIOException().isThrownBy(body::readAllBytes).withMessageContaining("exceeds 10 bytes");
		assertThat(body.exceeded).isTrue();
	}

}
