"""Thin wrapper around the xAI client with conversation memory.

``GrokChat.chat()`` is what the party-mode panel calls; it keeps a short
rolling history per listener.
"""

import collections

from .factory import make_xai_client


class GrokChat:
    def __init__(self, ext_config, max_turns=8):
        self._client = make_xai_client(ext_config)
        self.model = ext_config.get("xai_model", "grok-2-latest")
        self._history = collections.defaultdict(lambda: collections.deque(maxlen=max_turns * 2))

    def chat(self, listener, text):
        history = self._history[listener]
        history.append({"role": "user", "content": text})
        response = self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": "You are the DJ's sidekick."}, *history],
            max_tokens=300,
        )
        reply = response.choices[0].message.content
        history.append({"role": "assistant", "content": reply})
        return reply

    def forget(self, listener):
        self._history.pop(listener, None)
