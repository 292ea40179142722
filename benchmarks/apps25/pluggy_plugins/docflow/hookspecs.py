"""Hook specifications for docflow plugins.

Every processing hook receives the shared :class:`docflow.engine.Engine`
as ``engine`` so plugins can reach configured provider clients, settings
and the plugin manager itself without importing globals.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

from docflow import PROJECT_NAME

if TYPE_CHECKING:
    from docflow.engine import Engine
    from docflow.models import Classification, Document, Summary

hookspec = pluggy.HookspecMarker(PROJECT_NAME)


# --------------------------------------------------------------------------
# lifecycle
# --------------------------------------------------------------------------


@hookspec
def docflow_configure(engine: "Engine") -> None:
    """Called once after all plugins are registered and the engine is built."""


@hookspec
def docflow_unconfigure(engine: "Engine") -> None:
    """Called on shutdown (FastAPI lifespan exit, end of a script run)."""


@hookspec
def docflow_add_providers(engine: "Engine") -> dict[str, Any] | None:
    """Return extra provider clients to expose on ``engine.extra``."""


# --------------------------------------------------------------------------
# processing hooks
# --------------------------------------------------------------------------


@hookspec(firstresult=True)
def summarize(engine: "Engine", document: "Document", max_words: int) -> "Summary | None":
    """Summarize ``document``. The first plugin returning a value wins."""


@hookspec
def embed(engine: "Engine", texts: list[str], purpose: str) -> list[list[float]] | None:
    """Embed ``texts``. ``purpose`` is "document" or "query".

    Unlike ``summarize`` this is *not* firstresult: the pipeline picks the
    result produced by the plugin named in ``settings.embedding_plugin``.
    """


@hookspec
def classify(engine: "Engine", document: "Document", labels: list[str]) -> "Classification | None":
    """Return a label for ``document``; all plugins vote."""


@hookspec(firstresult=True)
def rerank(engine: "Engine", query: str, candidates: list[str], top_k: int) -> list[tuple[int, float]] | None:
    """Return ``(index, score)`` pairs, best first."""


@hookspec(firstresult=True)
def extract_entities(engine: "Engine", document: "Document") -> list[dict] | None:
    """Extract named entities as ``{"text", "type"}`` dicts."""


@hookspec
def moderate(engine: "Engine", text: str) -> dict | None:
    """Return ``{"flagged": bool, "categories": [...]}`` or None to abstain."""


@hookspec(historic=True)
def docflow_describe() -> dict:
    """Static metadata about a plugin (name, capabilities), used by /admin."""
