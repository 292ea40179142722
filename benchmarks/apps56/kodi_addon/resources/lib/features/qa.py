# -*- coding: utf-8 -*-
"""'Ask about what's playing' - Claude by default, Gemini when the user picks Google."""
from resources.lib import kodiutils, player
from resources.lib.ai import clients, prompts

MAX_HISTORY = 6


class NowPlayingAssistant(object):
    def __init__(self, anthropic_client=None):
        self._claude = anthropic_client or clients.get_anthropic_client()
        self.model = clients.model_for("anthropic")
        self.history = []

    def _system(self):
        now = player.current()
        context = now.context_text() if now else "Nothing is playing."
        return prompts.QA_SYSTEM.format(context=context)

    def ask(self, question):
        self.history.append({"role": "user", "content": question})
        msg = self._claude.messages.create(
            model=self.model,
            max_tokens=500,
            system=self._system(),
            messages=self.history[-MAX_HISTORY:],
        )
        answer = "".join(b.text for b in msg.content if b.type == "text")
        self.history.append({"role": "assistant", "content": answer})
        return answer

    def ask_streaming(self, question, on_text):
        """Stream into a text viewer so the user sees something on slow boxes."""
        self.history.append({"role": "user", "content": question})
        parts = []
        with self._claude.messages.stream(
            model=self.model,
            max_tokens=500,
            system=self._system(),
            messages=self.history[-MAX_HISTORY:],
        ) as stream:
            for text in stream.text_stream:
                parts.append(text)
                on_text("".join(parts))
        answer = "".join(parts)
        self.history.append({"role": "assistant", "content": answer})
        return answer


def ask_gemini(question, genai_client=None):
    from google.genai import types

    genai_client = genai_client or clients.get_genai_client()
    now = player.current()
    context = now.context_text() if now else "Nothing is playing."
    chunks = []
    for chunk in genai_client.models.generate_content_stream(
        model=clients.model_for("google"),
        contents=question,
        config=types.GenerateContentConfig(system_instruction=prompts.QA_SYSTEM.format(context=context)),
    ):
        if chunk.text:
            chunks.append(chunk.text)
    return "".join(chunks)


def ask(question):
    if kodiutils.get_setting("provider") == "google":
        return ask_gemini(question)
    return NowPlayingAssistant().ask(question)
