from __future__ import annotations

import logging

import ollama
from lsprotocol import types

from ai_lsp.server import AiLanguageServer, server
from ai_lsp.settings import Settings

log = logging.getLogger(__name__)

_init_options: dict | None = None


@server.feature(types.INITIALIZE)
def on_initialize(ls: AiLanguageServer, params: types.InitializeParams) -> None:
    global _init_options
    _init_options = params.initialization_options or {}
    log.debug("client: %s", params.client_info.name if params.client_info else "unknown")


@server.feature(types.INITIALIZED)
async def on_initialized(ls: AiLanguageServer, params: types.InitializedParams) -> None:
    settings = Settings.from_init_options(_init_options)
    ls.apply_settings(settings)

    missing = [p for p in ("openai", "anthropic", "mistral") if not settings.api_key(p)]
    if missing:
        ls.show_message(
            f"ai-lsp: no API key for {', '.join(missing)}; those backends are disabled",
            types.MessageType.Warning,
        )

    if settings.local_backend == "ollama":
        try:
            local = ollama.Client(host=settings.ollama_host)
            models = {m["model"] for m in local.list()["models"]}
        except Exception as exc:  # ollama not running
            log.info("ollama unavailable: %s", exc)
            models = set()
        if settings.ollama_model not in models:
            ls.show_message_log(
                f"ollama model {settings.ollama_model} not pulled; run `ollama pull {settings.ollama_model}`",
                types.MessageType.Info,
            )


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def on_config_change(ls: AiLanguageServer, params: types.DidChangeConfigurationParams) -> None:
    settings = Settings.from_init_options(params.settings or {})
    ls.apply_settings(settings)
    ls.show_message_log("ai-lsp: configuration reloaded")


@server.feature(types.SHUTDOWN)
def on_shutdown(ls: AiLanguageServer, *args) -> None:
    from ai_lsp.llm_usage_tracker import llm_tracker

    llm_tracker.flush()
