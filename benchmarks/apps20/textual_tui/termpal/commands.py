"""Command palette provider (ctrl+p)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from google.genai import types
from textual.command import DiscoveryHit, Hit, Hits, Provider

from termpal.prompts import EXPLAIN, TRANSLATE, PromptBuilder
from termpal.services.multi_model_service import TaskComplexity, multi_model_service
from termpal.workers import embed_texts

if TYPE_CHECKING:
    from termpal.app import TermpalApp

LANGUAGES = ("English", "French", "German", "Spanish", "Japanese", "Portuguese")


class AssistantCommands(Provider):
    """Assistant actions: explain clipboard, translate last reply, switch provider..."""

    @property
    def tapp(self) -> "TermpalApp":
        return self.app  # type: ignore[return-value]

    def _commands(self) -> list[tuple[str, object, str]]:
        cmds: list[tuple[str, object, str]] = [
            ("Explain clipboard", self._explain_clipboard, "Ask Claude to explain the code on the clipboard"),
            ("Title conversation", self._title, "Generate a title for the current conversation"),
            ("Index history", self._index_history, "Embed past conversations for search"),
            ("Clear history", self._clear_history, "Delete all saved conversations"),
        ]
        for lang in LANGUAGES:
            cmds.append((f"Translate last reply to {lang}", partial(self._translate, lang), "Gemini"))
        for name in self.tapp.backends:
            cmds.append((f"Use provider: {name}", partial(self._use, name), f"Switch chat to {name}"))
        return cmds

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands()[:4]:
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)

    def _use(self, name: str) -> None:
        self.tapp.provider = name
        self.tapp.notify(f"Using {name}")

    def _clear_history(self) -> None:
        self.tapp.history.clear()
        self.tapp.notify("History cleared")

    def _explain_clipboard(self) -> None:
        code = self.tapp.clipboard
        if not code:
            self.tapp.notify("Clipboard is empty", severity="warning")
            return
        self.tapp.run_worker(self._explain(code), group="palette", exclusive=True)

    async def _explain(self, code: str) -> None:
        prompt = PromptBuilder(EXPLAIN).generate(code=code[:8000])
        message = await self.tapp.anthropic.messages.create(
            model=self.tapp.settings.model_for("anthropic"),
            max_tokens=800,
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(b.text for b in message.content if b.type == "text")
        self.tapp.screen.post_message_to_log("assistant", text)  # ChatScreen helper

    def _translate(self, language: str) -> None:
        self.tapp.run_worker(self._do_translate(language), group="palette", exclusive=True)

    async def _do_translate(self, language: str) -> None:
        last = self.tapp.screen.last_reply()
        if not last:
            return
        resp = await self.tapp.genai.aio.models.generate_content(
            model=self.tapp.settings.model_for("google"),
            contents=TRANSLATE.substitute(language=language, text=last),
            config=types.GenerateContentConfig(temperature=0.1),
        )
        self.tapp.screen.post_message_to_log("assistant", resp.text or "")

    def _title(self) -> None:
        self.tapp.run_worker(self._do_title(), group="palette")

    async def _do_title(self) -> None:
        conv = self.tapp.conversation_id
        if conv is None:
            return
        transcript = "\n".join(c for _, c in self.tapp.history.messages(conv)[:6])
        title = await multi_model_service.generate_response(
            prompt=f"Title for this conversation (max 6 words):\n{transcript}",
            task_type="title",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=20,
        )
        self.tapp.history.rename(conv, title.strip())

    def _index_history(self) -> None:
        self.tapp.run_worker(self._do_index(), group="index", exclusive=True)

    async def _do_index(self) -> None:
        convs = self.tapp.history.recent(limit=200)
        texts = [" ".join(c for _, c in self.tapp.history.messages(conv.id))[:4000] for conv in convs]
        vectors = await embed_texts(self.tapp.openai, texts)
        self.tapp.notify(f"Indexed {len(vectors)} conversations")
