"""Jupyter AI helpers server extension."""
__version__ = "0.7.2"
from .app import AIHelpersApp
from .providers import get_client, get_provider


def _jupyter_server_extension_points():
    return [{"module": "jupyter_ai_helpers", "app": AIHelpersApp}]


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "jupyter-ai-helpers"}]


__all__ = ["__version__", "AIHelpersApp", "get_client", "get_provider"]
