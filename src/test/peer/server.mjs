// The benchmark's peer: the same graph served by @neo4j/graphql over HTTP (POST /graphql, JSON).
// NEO4J_URI names the database, PORT the port (0: any free one); prints "peer ready <port>".
// Each answer carries extensions.statements: the Cypher statements @neo4j/graphql ran for it.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';
import { graphql } from 'graphql';
import neo4j from 'neo4j-driver';
import { Neo4jGraphQL } from '@neo4j/graphql';

const statements = new AsyncLocalStorage();
const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.none());

function counted(target) {
    return new Proxy(target, {
        get(object, name) {
            const value = Reflect.get(object, name);
            if (typeof value !== 'function') {
                return value;
            }
            if (name === 'run') {
                return (...args) => {
                    const counter = statements.getStore();
                    if (counter) {
                        counter.count++;
                    }
                    return value.apply(object, args);
                };
            }
            if (name === 'executeRead' || name === 'executeWrite' || name === 'readTransaction' || name === 'writeTransaction') {
                return (work, ...rest) => value.call(object, (tx) => work(counted(tx)), ...rest);
            }
            if (name === 'beginTransaction') {
                return (...args) => counted(value.apply(object, args));
            }
            return value.bind(object);
        },
    });
}

const countingDriver = new Proxy(driver, {
    get(object, name) {
        const value = Reflect.get(object, name);
        if (name === 'session') {
            return (...args) => counted(value.apply(object, args));
        }
        return typeof value === 'function' ? value.bind(object) : value;
    },
});

const typeDefs = readFileSync(new URL('./typeDefs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver: countingDriver }).getSchema();

const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
        const counter = { count: 0 };
        let result;
        try {
            const { query, variables } = JSON.parse(body);
            result = await statements.run(counter, () =>
                graphql({ schema, source: query, variableValues: variables, contextValue: {} }));
        } catch (error) {
            result = { errors: [{ message: String(error) }] };
        }
        const answer = { ...result, extensions: { statements: counter.count } };
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(answer));
    });
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
    console.log('peer ready ' + server.address().port);
});
