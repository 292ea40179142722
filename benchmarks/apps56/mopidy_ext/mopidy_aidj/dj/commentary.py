"""Between-track commentary.

The frontend calls ``Commentator.segue(prev, next)`` on every Nth track
change. The provider is chosen by ``commentary_provider`` in the config and
looked up in the ``ProviderRegistry`` that the frontend builds on start.
"""

import logging
import time

from ..llm import prompts

logger = logging.getLogger(__name__)


class CommentaryError(Exception):
    pass


class Commentator:
    def __init__(self, registry, provider="anthropic", model=None, max_words=45):
        self.registry = registry
        self.provider = provider
        self.model = model or registry.model_for(provider)
        self.max_words = max_words
        self._last = None
        self._last_at = 0.0

    def segue(self, prev_track, next_track):
        prev = prompts.track_label(prev_track)
        nxt = prompts.track_label(next_track)
        user = prompts.render(prompts.COMMENTARY_USER, prev=prev, next=nxt)
        handler = getattr(self, f"_segue_{self.provider}", None)
        if handler is None:
            raise CommentaryError(f"unknown provider {self.provider}")
        started = time.monotonic()
        text = handler(user)
        logger.debug(
            "AIDJ: %s commentary in %.1fs", self.provider, time.monotonic() - started
        )
        self._last, self._last_at = text, time.time()
        return self._trim(text)

    def _segue_anthropic(self, user):
        client = self.registry.get("anthropic")
        message = client.messages.create(
            model=self.model,
            max_tokens=160,
            system=prompts.COMMENTARY_SYSTEM,
            messages=[{"role": "user", "content": user}],
            temperature=0.9,
        )
        return message.content[0].text.strip()

    def _segue_openai(self, user):
        client = self.registry.get("openai")
        completion = client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.COMMENTARY_SYSTEM},
                {"role": "user", "content": user},
            ],
            max_tokens=160,
            temperature=0.9,
        )
        return completion.choices[0].message.content.strip()

    def _segue_together(self, user):
        resp = self.registry.get("together").chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.COMMENTARY_SYSTEM},
                {"role": "user", "content": user},
            ],
            max_tokens=160,
        )
        return resp.choices[0].message.content.strip()

    def _segue_xai(self, user):
        grok = self.registry.get("xai")
        resp = grok.chat.completions.create(
            model=self.model or "grok-2-latest",
            messages=[
                {"role": "system", "content": prompts.COMMENTARY_SYSTEM},
                {"role": "user", "content": user},
            ],
        )
        return resp.choices[0].message.content.strip()

    def stream_segue(self, prev_track, next_track, on_text):
        """Streaming variant used by the web UI's "live" panel."""
        user = prompts.render(
            prompts.COMMENTARY_USER,
            prev=prompts.track_label(prev_track),
            next=prompts.track_label(next_track),
        )
        client = self.registry.get("anthropic")
        with client.messages.stream(
            model=self.model,
            max_tokens=160,
            system=prompts.COMMENTARY_SYSTEM,
            messages=[{"role": "user", "content": user}],
        ) as stream:
            for text in stream.text_stream:
                on_text(text)
            final = stream.get_final_message()
        return "".join(b.text for b in final.content if b.type == "text")

    def _trim(self, text):
        words = text.split()
        if len(words) <= self.max_words:
            return text
        return " ".join(words[: self.max_words]).rstrip(",;:") + "…"

    @property
    def last(self):
        return self._last
