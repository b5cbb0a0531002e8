package org.conflictgraph.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which other origins (front ends served elsewhere) may call the API from a browser.
 *
 * @param allowedOrigins origins such as {@code https://map.example.org}; patterns such as
 * {@code https://*.example.org} are allowed; empty means same origin only
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("conflictgraph.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

}
