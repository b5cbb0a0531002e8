package org.conflictgraph.database;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * One line, in key=value form, telling a user where everything is once the service is
 * ready.
 */
@Component
class StartupLog implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(StartupLog.class);

	private final DatabaseLocation location;

	StartupLog(DatabaseLocation location) {
		this.location = location;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String http = "";
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			int port = web.getWebServer().getPort();
			http = " graphql=http://localhost:" + port + "/graphql graphiql=http://localhost:" + port + "/graphiql";
		}
		String database = this.location.embedded() ? "embedded dataDirectory=" + this.location.dataDirectory()
				: "external";
		logger.info("conflict-graph ready: database=" + database + " bolt=" + this.location.boltUri() + http);
	}

}
