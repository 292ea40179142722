from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types

from ai_lsp import constants
from ai_lsp.commands._args import first_arg
from ai_lsp.commands.explain import symbol_index
from ai_lsp.server import AiLanguageServer, server

log = logging.getLogger(__name__)


@server.command(constants.CMD_SWITCH_BACKEND)
def switch_backend(ls: AiLanguageServer, args):
    arg = first_arg(args)
    kind = arg.get("kind", "completion")
    name = arg.get("name")
    if name not in ls.backends.names():
        ls.show_message(f"Unknown backend {name!r}; available: {', '.join(ls.backends.names())}", types.MessageType.Error)
        return False
    setattr(ls.settings, f"{kind}_backend", name)
    ls.cache.clear()
    ls.show_message(f"{kind} backend → {name}")
    return True


@server.command(constants.CMD_REINDEX)
async def reindex_workspace(ls: AiLanguageServer, args):
    root_uri = ls.workspace.root_uri
    if not root_uri:
        return 0
    root = Path(unquote(urlparse(root_uri).path))
    if ls.settings.local_backend == "ollama":
        symbol_index._ollama = ls.backends.client("ollama")
    n = await symbol_index.build(root)
    ls.show_message(f"Indexed {n} symbols", types.MessageType.Info)
    return n


@server.command("ai.listModels")
async def list_models(ls: AiLanguageServer, args):
    out: dict[str, list[str]] = {}
    try:
        out["openai"] = await ls.backends.get("openai").list_models()
    except Exception as exc:
        log.info("openai models unavailable: %s", exc)
    try:
        out["ollama"] = await ls.backends.get("ollama").installed_models()
    except Exception as exc:
        log.info("ollama models unavailable: %s", exc)
    try:
        page = await ls.backends.client("anthropic").models.list(limit=20)
        out["anthropic"] = [m.id for m in page.data]
    except Exception as exc:
        log.info("anthropic models unavailable: %s", exc)
    return out


@server.command("ai.usageReport")
def usage_report(ls: AiLanguageServer, args):
    from ai_lsp.llm_usage_tracker import llm_tracker

    llm_tracker.flush()
    return {"path": str(llm_tracker.sink)}
