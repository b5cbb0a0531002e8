#!/usr/bin/env python3
"""The graph in NetworkX: the most connected actors from GraphQL, the whole graph from the
GraphML export. Uses Debian's python3-requests and python3-networkx.

Usage: python3 docs/clients/networkx_example.py [BASE_URL]   (default http://localhost:8080)
"""
import io
import sys

import networkx as nx
import requests

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"

QUERY = """
{ actorNetwork(orderBy: DEGREE, first: 5) { actorCount actors { degree actor { id label } } } }
"""

response = requests.post(f"{BASE}/graphql", json={"query": QUERY}, timeout=60)
response.raise_for_status()
body = response.json()
if body.get("errors"):
    sys.exit(f"GraphQL error: {body['errors'][0]['message']}")
network = body["data"]["actorNetwork"]
print(f"actors in the network: {network['actorCount']}")
for entry in network["actors"]:
    print(f"  {entry['degree']:3d}  {entry['actor']['label']}")

graphml = requests.get(f"{BASE}/export/graph.graphml", timeout=120)
graphml.raise_for_status()
graph = nx.read_graphml(io.BytesIO(graphml.content))
events = [n for n, data in graph.nodes(data=True) if data.get("category") == "Event"]
print(f"graphml: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {len(events)} events")
centrality = nx.degree_centrality(graph)
top = max(centrality, key=centrality.get)
print(f"highest degree centrality: {graph.nodes[top].get('label', top)}")
