"""LiteLLM fallback route: lets users pick any `provider/model` string in settings."""
from __future__ import annotations

import litellm
from litellm import completion, completion_cost, token_counter

from research_assistant.state import state

litellm.drop_params = True


def litellm_complete(messages: list[dict], model: str | None = None) -> str:
    resp = completion(
        model=model or state.settings.litellm_model,
        messages=messages,
        temperature=state.settings.temperature,
    )
    return resp.choices[0].message.content


def estimate_cost(messages: list[dict], reply: str, model: str | None = None) -> float:
    model = model or state.settings.litellm_model
    n_in = token_counter(model=model, messages=messages)
    return completion_cost(model=model, prompt=str(messages), completion=reply) if n_in else 0.0
