"""Chat copilot: streamed answers from the model picked in the UI."""
from __future__ import annotations

import logging
from typing import TypedDict

import reflex as rx

from studio.backend import get_groq, settings
from studio.backend.services.multi_model_service import TaskComplexity, multi_model_service
from studio.backend.services.registry import picker_options, resolve

from .base import StudioState

logger = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are the content studio copilot for a B2B marketing team. "
    "Be concrete, suggest angles and hooks, and keep answers skimmable."
)


class Message(TypedDict):
    role: str
    content: str


class ChatState(StudioState):
    messages: list[Message] = []
    draft: str = ""
    model_choice: str = f"openai:{settings.default_chat_model}"
    streaming: bool = False
    followups: list[str] = []
    error: str = ""

    @rx.var
    def model_options(self) -> list[dict[str, str]]:
        return picker_options()

    @rx.var
    def provider_key(self) -> str:
        return self.model_choice.split(":", 1)[0]

    @rx.event
    def set_draft(self, value: str):
        self.draft = value

    @rx.event
    def clear(self):
        self.messages = []
        self.followups = []
        self.error = ""

    def _history(self) -> list[dict[str, str]]:
        history = [{"role": "system", "content": SYSTEM_PROMPT}]
        history += [{"role": m["role"], "content": m["content"]} for m in self.messages[-20:]]
        return history

    @rx.event
    async def send(self, form_data: dict | None = None):
        question = (form_data or {}).get("question", self.draft).strip()
        if not question or self.streaming:
            return
        self.messages.append({"role": "user", "content": question})
        self.messages.append({"role": "assistant", "content": ""})
        self.draft = ""
        self.streaming = True
        self.error = ""
        yield

        provider, _, model = self.model_choice.partition(":")
        client, model = resolve(provider, model)
        try:
            stream = await client.chat.completions.create(
                model=model,
                messages=self._history()[:-1],
                stream=True,
                temperature=0.7,
            )
            async for chunk in stream:
                if not chunk.choices:
                    continue
                delta = chunk.choices[0].delta.content
                if delta:
                    self.messages[-1]["content"] += delta
                    yield
        except Exception as exc:  # noqa: BLE001
            logger.exception("chat stream failed")
            self.error = f"Model error: {exc}"
        finally:
            self.streaming = False
        yield ChatState.suggest_followups

    @rx.event
    async def suggest_followups(self):
        if not self.messages:
            return
        last = self.messages[-1]["content"][:2000]
        text = await multi_model_service.generate_response(
            prompt=f"Suggest three short follow-up questions a marketer might ask after this answer:\n{last}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=150,
        )
        self.followups = [line.lstrip("-•0123456789. ").strip() for line in text.splitlines() if line.strip()][:3]

    @rx.event
    async def quick_rewrite(self, index: int, style: str):
        """One-click 'shorter' / 'punchier' buttons under each assistant bubble."""
        original = self.messages[index]["content"]
        self.messages[index]["content"] = "…"
        yield
        resp = await get_groq().chat.completions.create(
            model=settings.fast_model,
            messages=[
                {"role": "system", "content": f"Rewrite the text to be {style}. Keep the meaning."},
                {"role": "user", "content": original},
            ],
            max_tokens=600,
        )
        self.messages[index]["content"] = resp.choices[0].message.content or original
