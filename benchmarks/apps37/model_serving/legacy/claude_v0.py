"""Old Claude text-completions path (claude-2.1). Kept for the two customers
whose prompts were tuned on it."""
from anthropic import AI_PROMPT, HUMAN_PROMPT

from serving_common.clients import get_anthropic_client


def complete_legacy(prompt: str, max_tokens: int = 300) -> str:
    client = get_anthropic_client()
    resp = client.completions.create(
        model="claude-2.1",
        max_tokens_to_sample=max_tokens,
        prompt=f"{HUMAN_PROMPT} {prompt}{AI_PROMPT}",
    )
    return resp.completion


class LegacyDocument:
    """Not an LLM thing: the old document store record."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.completion = None

    def completion_ratio(self) -> float:
        return 0.0 if not self.completion else len(self.completion) / max(1, len(self.text))
