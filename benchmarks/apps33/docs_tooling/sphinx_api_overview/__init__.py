"""Sphinx extension generating short API overviews with an LLM.

conf.py::

    extensions = ["sphinx.ext.autodoc", "sphinx_api_overview"]
    api_overview_backend = "bedrock"     # bedrock | mistral | anthropic | gateway | offline
    api_overview_fill_docstrings = False
"""
from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from sphinx_api_overview import handlers
from sphinx_api_overview.directive import ApiOverviewDirective

__version__ = "0.4.1"


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("api_overview_backend", "bedrock", "env", types=[str])
    app.add_config_value("api_overview_model", "claude-3-5-sonnet-20241022", "env", types=[str])
    app.add_config_value("api_overview_fill_docstrings", False, "env", types=[bool])
    app.add_config_value("api_overview_max_tokens", 700, "env", types=[int])
    app.add_config_value("api_overview_cache_dir", ".doctools-cache", "", types=[str])

    app.add_directive("api-overview", ApiOverviewDirective)

    app.connect("builder-inited", handlers.on_builder_inited)
    app.connect("autodoc-process-docstring", handlers.on_autodoc_process_docstring)
    app.connect("env-purge-doc", handlers.on_env_purge_doc)
    app.connect("build-finished", handlers.on_build_finished)
    app.connect("missing-reference", handlers.on_missing_reference)

    return {
        "version": __version__,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
