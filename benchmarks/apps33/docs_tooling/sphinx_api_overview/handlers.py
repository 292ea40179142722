"""Sphinx event handlers."""
from __future__ import annotations

import inspect
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from doctools.cache import DiskCache, content_key
from doctools.clients import get_anthropic_client
from sphinx_api_overview.overview import OverviewWriter

logger = logging.getLogger(__name__)

FILL_PROMPT = (
    "Write a one-sentence reStructuredText docstring summary for this Python {what} "
    "named {name}. Signature: {signature}. Source:\n\n{source}"
)


def on_builder_inited(app: Sphinx) -> None:
    cache = DiskCache(Path(app.confdir) / app.config.api_overview_cache_dir, "sphinx")
    app._doctools_cache = cache  # type: ignore[attr-defined]
    if app.config.api_overview_backend == "offline":
        app._doctools_anthropic = None  # type: ignore[attr-defined]
    else:
        app._doctools_anthropic = get_anthropic_client()  # type: ignore[attr-defined]
    app._doctools_writer = OverviewWriter(  # type: ignore[attr-defined]
        backend=app.config.api_overview_backend,
        model=app.config.api_overview_model,
        cache=cache,
        anthropic_client=app._doctools_anthropic,
    )
    app._doctools_generated = 0  # type: ignore[attr-defined]


def on_autodoc_process_docstring(app: Sphinx, what, name, obj, options, lines: list[str]) -> None:
    if not app.config.api_overview_fill_docstrings or lines:
        return
    if what not in {"function", "method", "class"} or app._doctools_anthropic is None:
        return
    try:
        source = inspect.getsource(obj)
        signature = str(inspect.signature(obj)) if callable(obj) else ""
    except (OSError, TypeError, ValueError):
        return
    key = content_key("docstring", name, source)
    cached = app._doctools_cache.get(key)
    if cached is None:
        message = app._doctools_anthropic.messages.create(
            model=app.config.api_overview_model,
            max_tokens=120,
            messages=[
                {
                    "role": "user",
                    "content": FILL_PROMPT.format(what=what, name=name, signature=signature, source=source[:4000]),
                }
            ],
        )
        cached = message.content[0].text.strip()
        app._doctools_cache.set(key, cached)
        app._doctools_generated += 1
    lines.extend([f".. note:: Generated summary: {cached}", ""])


def on_env_purge_doc(app: Sphinx, env, docname: str) -> None:
    overviews = getattr(env, "api_overviews", {})
    overviews.pop(docname, None)


def on_build_finished(app: Sphinx, exception) -> None:
    if exception is not None:
        return
    generated = getattr(app, "_doctools_generated", 0)
    if generated:
        logger.info("api-overview: generated %d docstring summaries", generated)
    cache = getattr(app, "_doctools_cache", None)
    if cache is not None:
        logger.info("api-overview: %s", cache.stats())


def on_missing_reference(app: Sphinx, env, node, contnode):
    """Overview text sometimes mentions private helpers; don't warn about those."""
    target = node.get("reftarget", "")
    if target.rsplit(".", 1)[-1].startswith("_"):
        return contnode
    return None
