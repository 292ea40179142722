"""docflow: a pluggable document-processing engine.

Plugins implement the hooks declared in :mod:`docflow.hookspecs` and are
collected by :func:`docflow.manager.get_plugin_manager`.
"""
import pluggy

PROJECT_NAME = "docflow"

hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

__version__ = "0.9.3"

__all__ = ["hookimpl", "PROJECT_NAME", "__version__"]
