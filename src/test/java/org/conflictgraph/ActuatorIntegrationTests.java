package org.conflictgraph;

import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The operations endpoints over real HTTP, as a load balancer or an operator sees them.
 */
@IntegrationTest
class ActuatorIntegrationTests {

	@LocalServerPort
	int port;

	WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void healthIsUpIncludingNeo4j() {
		this.http.get()
			.uri("/actuator/health")
			// Details (the components) only with a key; without one, the status alone.
			.header("X-API-Key", org.conflictgraph.security.TestKeys.READER)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.details.edition")
			.isEqualTo("community");
	}

	@Test
	void infoCarriesTheBuildVersionOfThePom() throws Exception {
		this.http.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.build.artifact")
			.isEqualTo("conflict-graph")
			.jsonPath("$.build.version")
			.isEqualTo(projectVersion());
	}

	/** The version Maven builds, read from the pom rather than repeated here. */
	private static String projectVersion() throws Exception {
		Element project = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(Path.of("pom.xml").toFile())
			.getDocumentElement();
		for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
			if ("version".equals(child.getNodeName())) {
				return child.getTextContent().trim();
			}
		}
		throw new IllegalStateException("pom.xml has no project version");
	}

}
