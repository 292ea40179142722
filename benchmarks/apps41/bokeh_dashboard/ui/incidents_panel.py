"""'Similar past incidents' panel backed by embeddings."""
from __future__ import annotations

import json
import os
from functools import partial

from bokeh.layouts import column
from bokeh.models import Button, Div, TextInput

from analysis.embeddings import IncidentIndex, embed_mistral, embed_openai
from analysis.state import CLIENTS
from workers import run_in_background

INCIDENTS_FILE = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "incidents.json")


def _load_incidents() -> list[str]:
    if not os.path.exists(INCIDENTS_FILE):
        return []
    with open(INCIDENTS_FILE) as fh:
        return [f"{i['id']}: {i['title']} — {i['summary']}" for i in json.load(fh)]


def build_incidents_panel(doc):
    embed_fn = embed_openai if CLIENTS.openai is not None else embed_mistral
    index = IncidentIndex(embed_fn)
    query = TextInput(title="Describe what you see", placeholder="p95 spike on checkout after deploy")
    go = Button(label="Find similar incidents")
    results = Div(text="")
    built = {"done": False}

    def _search():
        def work(text):
            if not built["done"]:
                index.build(_load_incidents())
                built["done"] = True
            return index.query(text)

        run_in_background(doc, work, query.value, on_done=partial(_render, results))

    go.on_click(_search)
    return column(query, go, results)


def _render(div: Div, hits: list[str]) -> None:
    div.text = "<ul>" + "".join(f"<li>{h}</li>" for h in hits) + "</ul>" if hits else "<i>No matches.</i>"
