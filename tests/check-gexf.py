#!/usr/bin/env python3
# check-gexf.py TALENTFLOW MAKE_SYNTHETIC DATASET...: runs
# `talentflow --export=graph.gexf` on each dataset file and on a synthetic
# dataset of 3000 people, reads each graph back with NetworkX (Debian's
# python3-networkx, read_gexf) and checks it against the dataset file,
# parsed here with ElementTree: one node per organization with its name,
# sector, parent and country, one per sector of unnamed places that moves
# go to or from, and one edge per move with both ends stated, with its
# ends, start date, person and kind. Exits 77 (skipped) without NetworkX.

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

try:
    import networkx
except ImportError:
    print("python3-networkx is not installed", file=sys.stderr)
    sys.exit(77)

NS = "{https://talentflow.github.io/ns/1}"


def read_dataset(path):
    """Organizations, people and moves of a .talentflow file."""
    root = ET.parse(path).getroot()
    organizations = {}
    for node in root.iter(NS + "organization"):
        organizations[node.get("id")] = {
            "name": node.find(NS + "name").text or "",
            "sector": node.get("sector"),
            "parent": node.get("parent"),
            "country": node.get("country"),
        }
    people = {node.get("id"): node.find(NS + "name").text or ""
              for node in root.iter(NS + "person")}
    moves = []
    for node in root.iter(NS + "move"):
        ends = []
        for end in ("from", "to"):
            child = node.find(NS + end)
            if child is None:
                ends.append(None)
            elif child.get("org") is not None:
                ends.append(child.get("org"))
            else:
                ends.append("unnamed-" + child.get("sector"))
        group = node.find(NS + "group")
        person = node.get("person")
        moves.append({
            "id": node.get("id"),
            "from": ends[0],
            "to": ends[1],
            "person": people[person] if person else (group.text if group is not None else None),
            "kind": node.get("kind", "join"),
            "date": node.get("date"),
        })
    return organizations, moves


def start_of(date):
    """The first day of a date of any precision, as the graph gives it."""
    if date is None:
        return None
    return date + ("-01-01", "-01", "")[len(date.split("-")) - 1]


def edges_by_id(graph):
    if graph.is_multigraph():
        items = graph.edges(keys=True, data=True)
        return {data.get("id", key): (source, target, data)
                for source, target, key, data in items}
    return {data["id"]: (source, target, data) for source, target, data in graph.edges(data=True)}


def check(talentflow, path, out):
    subprocess.run([talentflow, "--export=" + out, path], check=True)
    organizations, moves = read_dataset(path)
    graph = networkx.read_gexf(out, version="1.3")
    assert graph.is_directed(), "the graph is not directed"

    stated = [move for move in moves if move["from"] and move["to"]]
    unnamed = {end for move in stated for end in (move["from"], move["to"])
               if end.startswith("unnamed-")}
    assert graph.number_of_nodes() == len(organizations) + len(unnamed), \
        "%d nodes, expected %d organizations and %d unnamed places" % (
            graph.number_of_nodes(), len(organizations), len(unnamed))
    for org_id, organization in organizations.items():
        node = graph.nodes[org_id]
        assert node["label"] == organization["name"], (org_id, node)
        assert node["sector"] == organization["sector"], (org_id, node)
        assert node.get("parent") == organization["parent"], (org_id, node)
        assert node.get("country") == organization["country"], (org_id, node)
        assert node["unnamed"] is False, (org_id, node)
    for place in unnamed:
        assert graph.nodes[place]["unnamed"] is True, place
        assert graph.nodes[place]["sector"] == place[len("unnamed-"):], place

    edges = edges_by_id(graph)
    assert graph.number_of_edges() == len(stated), \
        "%d edges, expected %d moves with both ends" % (graph.number_of_edges(), len(stated))
    for move in stated:
        source, target, data = edges[move["id"]]
        assert (source, target) == (move["from"], move["to"]), (move, source, target)
        assert data.get("start") == start_of(move["date"]), (move, data)
        assert data.get("date") == move["date"], (move, data)
        assert data.get("person") == move["person"], (move, data)
        assert data["kind"] == move["kind"], (move, data)
    print("ok: %s: %d nodes, %d edges" % (os.path.basename(path), graph.number_of_nodes(),
                                        graph.number_of_edges()))


def main():
    talentflow, make_synthetic = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = os.path.join(tmp, "synthetic.talentflow")
        subprocess.run([make_synthetic, "3000", "11", synthetic], check=True)
        for i, path in enumerate(sys.argv[3:] + [synthetic]):
            check(talentflow, path, os.path.join(tmp, "graph-%d.gexf" % i))


if __name__ == "__main__":
    main()
