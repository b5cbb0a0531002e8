package org.conflictgraph.architecturefixture.service;

/**
 * A class in a layer package, which the architecture rules forbid.
 */
public class Helper {

}
