"""Rough cost estimates for `opsbot usage report`. Prices per 1M tokens."""
import litellm

PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "command-r-plus-08-2024": (2.50, 10.00),
}


def estimate(model, input_tokens, output_tokens):
    if model in PRICES:
        pin, pout = PRICES[model]
        return (input_tokens * pin + output_tokens * pout) / 1_000_000
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=model, prompt_tokens=input_tokens, completion_tokens=output_tokens
        )
        return prompt_cost + completion_cost
    except Exception:  # noqa: BLE001
        return 0.0


def summarise_rows(rows):
    total = 0.0
    by_model = {}
    for row in rows:
        c = estimate(row["model"], row["input_tokens"], row["output_tokens"])
        by_model[row["model"]] = by_model.get(row["model"], 0.0) + c
        total += c
    return total, by_model
