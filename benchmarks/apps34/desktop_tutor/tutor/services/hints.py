"""Fast hints and flashcard examples through Groq (low latency matters here)."""
import logging

from tutor.services.prompts import flashcard_example_prompt, hint_prompt

log = logging.getLogger(__name__)


class HintService:
    def __init__(self, groq_client, config):
        self.groq = groq_client
        self.config = config

    def hint(self, exercise_text):
        resp = self.groq.chat.completions.create(
            model=self.config.hint_model,
            messages=[{"role": "user", "content": hint_prompt(self.config, exercise_text)}],
            max_tokens=80,
            temperature=0.3,
        )
        return resp.choices[0].message.content.strip()

    def example_sentence(self, word):
        resp = self.groq.chat.completions.create(
            model=self.config.hint_model,
            messages=[{"role": "user", "content": flashcard_example_prompt(self.config, word)}],
            max_tokens=120,
        )
        lines = resp.choices[0].message.content.strip().splitlines()
        if len(lines) >= 2:
            return lines[0], lines[1]
        return lines[0] if lines else "", ""
