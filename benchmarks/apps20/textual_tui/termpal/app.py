"""The Textual application."""

from __future__ import annotations

import logging
from functools import partial

from anthropic import AsyncAnthropic
from groq import AsyncGroq
from mistralai import Mistral
from openai import AsyncOpenAI
from textual import work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from termpal.backends import Backend, build_registry
from termpal.clients import get_genai_client, get_openai_sync
from termpal.commands import AssistantCommands
from termpal.config import Settings, load_settings
from termpal.rag import DocIndex
from termpal.screens.chat import ChatScreen
from termpal.screens.image import ImageScreen
from termpal.screens.models import ModelPickerScreen
from termpal.screens.settings import SettingsScreen
from termpal.screens.summarize import SummarizeScreen
from termpal.screens.usage import UsageScreen
from termpal.services.history import ConversationStore
from termpal.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TermpalApp(App[None]):
    """Terminal assistant."""

    TITLE = "termpal"
    CSS_PATH = "termpal.tcss"
    COMMANDS = App.COMMANDS | {AssistantCommands}
    SCREENS = {"settings": SettingsScreen, "models": ModelPickerScreen, "usage": UsageScreen}
    MODES = {"chat": ChatScreen, "summarize": SummarizeScreen, "image": ImageScreen}
    DEFAULT_MODE = "chat"
    BINDINGS = [
        Binding("ctrl+s", "push_screen('settings')", "Settings"),
        Binding("ctrl+m", "push_screen('models')", "Models"),
        Binding("f2", "switch_mode('summarize')", "Summarize"),
        Binding("f3", "switch_mode('image')", "Image"),
        Binding("f1", "switch_mode('chat')", "Chat"),
        Binding("ctrl+t", "suggest_title", "Title", show=False),
        Binding("ctrl+u", "push_screen('usage')", "Usage"),
    ]

    provider: reactive[str] = reactive("openai")
    spend: reactive[float] = reactive(0.0)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or load_settings()
        self.history = ConversationStore(self.settings.history_db)
        # TODO(kb): move these to termpal.clients like the genai one
        self.openai = AsyncOpenAI(api_key=self.settings.openai_api_key)
        self.anthropic = AsyncAnthropic(api_key=self.settings.anthropic_api_key)
        self.openai_sync = get_openai_sync()
        self.backends: dict[str, Backend] = build_registry(self.settings)
        self.mistral: Mistral | None = None
        self.doc_index: DocIndex | None = None
        self.conversation_id: int | None = None

    def on_mount(self) -> None:
        self.theme = self.settings.theme
        self.provider = self.settings.provider
        self.genai = get_genai_client()
        self.groq = AsyncGroq(api_key=self.settings.groq_api_key)
        self._connect_mistral()
        if self.settings.provider == "anthropic":
            self.warm_up()
        self.set_interval(5, self._refresh_spend)

    def _refresh_spend(self) -> None:
        self.spend = llm_tracker.session_total

    @work(thread=True, exclusive=True, group="connect")
    def _connect_mistral(self) -> None:
        if not self.settings.mistral_api_key:
            return
        client = Mistral(api_key=self.settings.mistral_api_key)
        embed = partial(client.embeddings.create, model="mistral-embed")
        index = DocIndex(embed_fn=embed)
        index.load_dir(self.settings.history_db.parent / "docs")

        def _install() -> None:
            self.mistral = client
            self.doc_index = index

        self.call_from_thread(_install)

    @work(exclusive=True, group="warmup")
    async def warm_up(self) -> None:
        """Fire a one-token request so the first real reply is snappy (prompt cache)."""
        try:
            await self.anthropic.messages.create(
                model=self.settings.model_for("anthropic"),
                max_tokens=1,
                system=[
                    {
                        "type": "text",
                        "text": self.settings.system_prompt,
                        "cache_control": {"type": "ephemeral"},
                    }
                ],
                messages=[{"role": "user", "content": "ping"}],
            )
        except Exception:  # warm-up is best effort
            log.debug("warm-up failed", exc_info=True)

    def watch_provider(self, provider: str) -> None:
        self.sub_title = f"{provider} · {self.settings.model_for(provider)}"

    def watch_spend(self, spend: float) -> None:
        self.sub_title = f"{self.provider} · {self.settings.model_for(self.provider)} · ${spend:.4f}"

    def backend(self, name: str | None = None) -> Backend:
        return self.backends[name or self.provider]

    async def action_suggest_title(self) -> None:
        if self.conversation_id is None:
            return
        transcript = "\n".join(f"{r}: {c}" for r, c in self.history.messages(self.conversation_id)[:6])
        resp = await self.openai.responses.create(
            model="gpt-4o-mini",
            instructions="Give this conversation a title of at most six words. Reply with the title only.",
            input=transcript,
        )
        self.history.rename(self.conversation_id, resp.output_text.strip().strip('"'))
        self.notify("Conversation renamed")

    def on_unmount(self) -> None:
        self.history.close()
