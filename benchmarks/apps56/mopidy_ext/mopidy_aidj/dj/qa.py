"""Answer questions about the current song.

Grok (xAI) is the default because it is happy to talk about recent releases;
Cohere's chat with documents is used when we have liner notes in the library.
"""

import logging

from ..llm import prompts

logger = logging.getLogger(__name__)


class SongQA:
    def __init__(self, xai_client, cohere_client=None, *, xai_model="grok-2-latest", cohere_model=None):
        self._xai = xai_client
        self._cohere = cohere_client
        self.xai_model = xai_model
        self.cohere_model = cohere_model
        self.history = []

    def ask(self, track, question, notes=None):
        if notes and self._cohere is not None:
            return self._ask_with_notes(track, question, notes)
        messages = [
            {"role": "system", "content": prompts.QA_SYSTEM},
            *self.history[-6:],
            {
                "role": "user",
                "content": f"Now playing: {prompts.track_label(track)}.\n{question}",
            },
        ]
        reply = self._xai.chat.completions.create(
            model=self.xai_model, messages=messages, temperature=0.3
        )
        answer = reply.choices[0].message.content
        self.history += [messages[-1], {"role": "assistant", "content": answer}]
        return answer

    def _ask_with_notes(self, track, question, notes):
        response = self._cohere.chat(
            model=self.cohere_model,
            messages=[
                {"role": "system", "content": prompts.QA_SYSTEM},
                {"role": "user", "content": f"{prompts.track_label(track)}: {question}"},
            ],
            documents=[{"id": f"note-{i}", "data": {"text": n}} for i, n in enumerate(notes)],
        )
        return response.message.content[0].text

    def reset(self):
        self.history.clear()
