"""nbcopilot: LLM helpers for the data team's notebooks.

    %load_ext nbcopilot
    %config CopilotMagics.provider = "anthropic"
    %%ai
    why is my merge producing duplicate rows?
"""
from __future__ import annotations

from .clients import get_anthropic_client, get_openai_client
from .providers import get_provider, register_provider
from .settings import settings

__version__ = "0.7.3"


def __getattr__(name):
    if name == "openai_client":
        return get_openai_client()
    if name == "claude_client":
        return get_anthropic_client()
    raise AttributeError(name)


def load_ipython_extension(ipython):
    from .explain import ExplainMagics
    from .magics import CopilotMagics, publish_clients
    from .review import ReviewMagics
    from .sql_magic import SQLMagics

    magics = CopilotMagics(shell=ipython)
    ipython.register_magics(magics)
    ipython.register_magics(ExplainMagics)
    ipython.register_magics(SQLMagics)
    ipython.register_magics(ReviewMagics)
    # make %config CopilotMagics.* work
    ipython.configurables.append(magics)
    publish_clients(ipython)
    ipython.user_ns["copilot"] = magics
    if magics.auto_explain:
        from .events import AutoExplainer

        magics.auto_explainer = AutoExplainer(ipython)
        magics.auto_explainer.register()


def unload_ipython_extension(ipython):
    magics = ipython.user_ns.pop("copilot", None)
    explainer = getattr(magics, "auto_explainer", None)
    if explainer is not None:
        explainer.unregister()


__all__ = ["get_provider", "register_provider", "settings", "load_ipython_extension"]
