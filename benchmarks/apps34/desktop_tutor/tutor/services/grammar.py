"""Grammar feedback powered by Claude."""
import json
import logging

from tutor.services.prompts import grammar_prompt

log = logging.getLogger(__name__)

GRAMMAR_SYSTEM = (
    "You are a meticulous but encouraging language teacher. "
    "Always answer with a single JSON object and nothing else."
)


class GrammarFeedback:
    def __init__(self, corrected, errors, score):
        self.corrected = corrected
        self.errors = errors
        self.score = score

    @classmethod
    def from_json(cls, raw):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            log.warning("grammar model returned non-JSON: %r", raw[:200])
            return cls(corrected=None, errors=[], score=None)
        return cls(data.get("corrected"), data.get("errors", []), data.get("score"))


class GrammarChecker:
    def __init__(self, anthropic_client, config):
        self._client = anthropic_client
        self.config = config

    def check(self, sentence):
        message = self._client.messages.create(
            model=self.config.grammar_model,
            max_tokens=1024,
            system=GRAMMAR_SYSTEM,
            messages=[{"role": "user", "content": grammar_prompt(self.config, sentence)}],
        )
        raw = "".join(block.text for block in message.content if block.type == "text")
        return GrammarFeedback.from_json(raw)

    def explain(self, sentence, error_span, on_text):
        """Longer explanation, streamed into the explanation popup."""
        prompt = (
            f"Explain why '{error_span}' is wrong in: {sentence}\n"
            f"Answer in {self.config.native_language}, with two extra examples."
        )
        with self._client.messages.stream(
            model=self.config.grammar_model,
            max_tokens=700,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            for text in stream.text_stream:
                on_text(text)
            return stream.get_final_message()

    def estimate_prompt_tokens(self, sentence):
        # used by the settings screen's "cost preview"
        result = self._client.messages.count_tokens(
            model=self.config.grammar_model,
            system=GRAMMAR_SYSTEM,
            messages=[{"role": "user", "content": grammar_prompt(self.config, sentence)}],
        )
        return result.input_tokens
