"""Cost estimates for the FinOps dashboard. No model calls in here."""
from __future__ import annotations

from litellm import completion_cost, cost_per_token, token_counter

from workers.services.llm_usage_tracker import UsageLog


def estimate_prompt_tokens(model: str, messages: list[dict]) -> int:
    return token_counter(model=model, messages=messages)


def usage_cost(log: UsageLog) -> float:
    prompt_cost, completion_cost_usd = cost_per_token(
        model=log.model, prompt_tokens=log.input_tokens, completion_tokens=log.output_tokens
    )
    return prompt_cost + completion_cost_usd


def response_cost(response) -> float:
    try:
        return completion_cost(completion_response=response)
    except Exception:  # noqa: BLE001 - unknown model pricing
        return 0.0


def daily_rollup(logs: list[UsageLog]) -> dict[str, float]:
    out: dict[str, float] = {}
    for log in logs:
        out[log.model] = out.get(log.model, 0.0) + usage_cost(log)
    return out
