"""The server extension application."""
from __future__ import annotations

from jupyter_server.extension.application import ExtensionApp
from jupyter_server.utils import url_path_join
from traitlets import Bool, Dict, Enum, Int, Unicode, default

from . import config as cfg
from .providers import build_clients, get_provider
from .providers.factory import make_anthropic_client, make_openai_client
from .services.llm_usage_tracker import llm_tracker
from .services.multi_model_service import multi_model_service
from .utils.cost import CostTable


class AIHelpersApp(ExtensionApp):
    name = "jupyter_ai_helpers"
    load_other_extensions = True

    default_provider = Enum(
        ["openai", "anthropic", "google", "ollama", "openrouter"],
        default_value="openai",
        config=True,
        help="Provider used when the frontend does not ask for one.",
    )
    openai_api_key = Unicode(None, allow_none=True, config=True)
    anthropic_api_key = Unicode(None, allow_none=True, config=True)
    google_api_key = Unicode(None, allow_none=True, config=True)
    openrouter_api_key = Unicode(None, allow_none=True, config=True)
    ollama_host = Unicode(cfg.OLLAMA_HOST, config=True)
    openrouter_model = Unicode(cfg.DEFAULT_MODELS["openrouter"], config=True)
    model_overrides = Dict(
        {}, config=True, help="Per-provider model override, e.g. {'openai': 'gpt-4o'}"
    )
    max_tokens = Int(cfg.DEFAULT_MAX_TOKENS, config=True)
    enable_inline_completion = Bool(True, config=True)
    enable_legacy_routes = Bool(False, config=True, help="Serve the pre-0.5 endpoints.")
    track_usage = Bool(True, config=True, help="Record token usage via llm_tracker.")

    @default("openai_api_key")
    def _default_openai_key(self):
        import os

        return os.environ.get("OPENAI_API_KEY")

    def initialize_settings(self):
        clients = build_clients(
            openai_api_key=self.openai_api_key,
            anthropic_api_key=self.anthropic_api_key,
            google_api_key=self.google_api_key,
            openrouter_api_key=self.openrouter_api_key,
            ollama_host=self.ollama_host,
        )
        # Direct handles kept on the app for handlers that predate the registry.
        self.openai_client = make_openai_client(self.openai_api_key, async_=True)
        self.anthropic_client = make_anthropic_client(self.anthropic_api_key, async_=True)
        self.settings.update(
            {
                "ai_clients": clients,
                "ai_default_provider": self.default_provider,
                "ai_model_overrides": dict(self.model_overrides),
                "ai_max_tokens": self.max_tokens,
                "ai_provider": get_provider(self.default_provider, clients),
                "ai_cost_table": CostTable.default(),
                "ai_tracker": llm_tracker if self.track_usage else None,
            }
        )
        multi_model_service.configure(clients)
        self.log.info("AI helpers ready, default provider: %s", self.default_provider)

    def initialize_handlers(self):
        from .handlers import (
            AgentHandler,
            ChatStreamHandler,
            ExplainOutputHandler,
            ChatHandler,
            CompleteHandler,
            EmbedSearchHandler,
            ExplainHandler,
            FixErrorHandler,
            ModelsHandler,
            ModerationHandler,
            SummarizeHandler,
            TokenCountHandler,
            UsageHandler,
        )

        routes = [
            ("chat", ChatHandler),
            ("explain", ExplainHandler),
            ("fix", FixErrorHandler),
            ("models", ModelsHandler),
            ("tokens", TokenCountHandler),
            ("search", EmbedSearchHandler),
            ("summarize", SummarizeHandler),
            ("moderate", ModerationHandler),
            ("usage", UsageHandler),
            ("agent", AgentHandler),
            ("chat/stream", ChatStreamHandler),
            ("explain/output", ExplainOutputHandler),
        ]
        if self.enable_inline_completion:
            routes.append(("complete", CompleteHandler))
        self.handlers.extend(
            (url_path_join("/ai-helpers", path), handler) for path, handler in routes
        )
        if self.enable_legacy_routes:
            # classic Notebook nbextension; remove once 7.x is everywhere
            from .legacy.handlers import LegacyChatHandler, LegacyCompleteHandler

            self.handlers.extend(
                [
                    (r"/ai-helpers/legacy/complete", LegacyCompleteHandler),
                    (r"/ai-helpers/legacy/chat", LegacyChatHandler),
                ]
            )

    async def stop_extension(self):
        for client in self.settings.get("ai_clients", {}).values():
            close = getattr(client, "close", None)
            if close is not None:
                try:
                    res = close()
                    if hasattr(res, "__await__"):
                        await res
                except Exception:  # noqa: BLE001
                    self.log.debug("failed closing client", exc_info=True)


main = launch_new_instance = AIHelpersApp.launch_instance
