"""Streams a chat reply on a background thread."""
from __future__ import annotations

import logging
import threading

import wx

from research_assistant import events
from research_assistant.core import get_openai_client, registry

log = logging.getLogger(__name__)

FALLBACK_MODEL = "gpt-4o-mini"


class ChatWorker(threading.Thread):
    def __init__(self, target_window: wx.Window, provider: str, model: str,
                 messages: list[dict], stream: bool = True, **options):
        super().__init__(daemon=True, name=f"chat-{provider}")
        self._window = target_window
        self.provider = provider
        self.model = model
        self.messages = messages
        self.stream = stream
        self.options = options
        self._cancel = threading.Event()

    def cancel(self):
        self._cancel.set()

    def _post(self, evt):
        if self._window and not self._window.IsBeingDeleted():
            wx.PostEvent(self._window, evt)

    def run(self):
        adapter = registry.get(self.provider)
        try:
            if self.stream:
                parts = []
                for piece in adapter.stream(self.model, self.messages, **self.options):
                    if self._cancel.is_set():
                        break
                    parts.append(piece)
                    self._post(events.ChatChunkEvent(text=piece))
                self._post(events.ChatDoneEvent(text="".join(parts), usage=None))
            else:
                result = adapter.complete(self.model, self.messages, **self.options)
                self._post(events.ChatDoneEvent(text=result.text, usage=result))
        except Exception as exc:  # provider outage: fall back to OpenAI once
            log.warning("Provider %s failed (%s); falling back", self.provider, exc)
            if self.provider == "openai":
                self._post(events.ChatErrorEvent(error=str(exc)))
                return
            self._fallback(exc)

    def _fallback(self, original: Exception):
        try:
            resp = get_openai_client().chat.completions.create(
                model=FALLBACK_MODEL,
                messages=self.messages,
            )
        except Exception as exc:
            self._post(events.ChatErrorEvent(error=f"{original}; fallback: {exc}"))
            return
        text = resp.choices[0].message.content or ""
        self._post(events.ChatDoneEvent(text=text, usage=None, fallback=True))


class TitleWorker(threading.Thread):
    """Asks a cheap model for a 4-6 word conversation title."""

    def __init__(self, client, first_message: str, on_done):
        super().__init__(daemon=True, name="title")
        self.client = client
        self.first_message = first_message
        self.on_done = on_done

    def run(self):
        try:
            completion = self.client.chat.completions.create(
                model="grok-3-mini",
                messages=[
                    {"role": "system", "content": "Reply with a 4-6 word title. No quotes."},
                    {"role": "user", "content": self.first_message[:2000]},
                ],
                max_tokens=20,
            )
            title = completion.choices[0].message.content.strip()
        except Exception:
            log.exception("title generation failed")
            title = self.first_message[:40]
        wx.CallAfter(self.on_done, title)
