"""Reads the exports at BASE.{gexf,graphml,nodes.csv,edges.csv} with NetworkX and prints
their node and edge counts as JSON. Used by tests/export/*.test.ts when python3 has
NetworkX (2.8 or 3.x); the CSV lists are read with the standard library's csv module
(utf-8-sig strips the BOM) into one graph, so an edge to an unlisted node adds a node."""

import csv
import json
import sys

import networkx as nx

base = sys.argv[1]


def counts(graph):
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


from_csv = nx.MultiDiGraph()
from_csv.add_nodes_from(row["Id"] for row in read_csv(f"{base}.nodes.csv"))
from_csv.add_edges_from((row["Source"], row["Target"]) for row in read_csv(f"{base}.edges.csv"))

print(
    json.dumps(
        {
            "networkx": nx.__version__,
            "gexf": counts(nx.read_gexf(f"{base}.gexf")),
            "graphml": counts(nx.read_graphml(f"{base}.graphml")),
            "csv": counts(from_csv),
        }
    )
)
