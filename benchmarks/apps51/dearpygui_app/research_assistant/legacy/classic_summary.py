"""Classic (v0.x) summary pane logic."""
from __future__ import annotations

from research_assistant.legacy.rest_client import chat_rest
from research_assistant.providers.factory import make_openai_compatible
from research_assistant.utils import normalise

# local llama server for offline mode
_local = make_openai_compatible("http://localhost:11434/v1", "OLLAMA_API_KEY")


def classic_summary(text: str, offline: bool = False) -> str:
    prompt = "Summarise:\n\n" + normalise(text)[:15000]
    if offline:
        out = _local.chat.completions.create(
            model="llama3.1:8b", messages=[{"role": "user", "content": prompt}]
        )
        return out.choices[0].message.content
    return chat_rest(prompt)
