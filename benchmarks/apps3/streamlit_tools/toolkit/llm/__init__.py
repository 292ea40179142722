"""Short names for the calls the workbench uses most.

``chat`` and ``embed`` are bound to the shared OpenAI client so pages can do
``from toolkit.llm import chat`` without caring about client construction.
``complete`` is LiteLLM's provider-agnostic completion for quick comparisons.
"""

from __future__ import annotations

from litellm import completion as complete

from toolkit.clients import get_openai

_client = get_openai()

chat = _client.chat.completions.create
embed = _client.embeddings.create

__all__ = ["chat", "complete", "embed"]
