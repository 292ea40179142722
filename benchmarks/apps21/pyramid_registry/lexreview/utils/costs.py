"""Per-model price table (USD per 1M tokens) and cost estimation. No API calls."""

PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "omni-moderation-latest": (0.0, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "deepseek-chat": (0.27, 1.10),
    "deepseek-reasoner": (0.55, 2.19),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
    "accounts/fireworks/models/llama-v3p1-8b-instruct": (0.20, 0.20),
    "BAAI/bge-large-en-v1.5": (0.02, 0.0),
    "Salesforce/Llama-Rank-V1": (0.10, 0.0),
    "ibm/granite-3-8b-instruct": (0.20, 0.20),
    "ibm/granite-3-2b-instruct": (0.10, 0.10),
}

LOCAL_PREFIXES = ("llama3", "nomic-embed", "mistral:", "qwen2")


def estimate_cost(model, input_tokens, output_tokens):
    if model and model.startswith(LOCAL_PREFIXES):
        return 0.0
    in_price, out_price = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * in_price + output_tokens * out_price) / 1_000_000, 6)


def calculate_matter_spend(usage_rows):
    total = 0.0
    by_model = {}
    for row in usage_rows:
        cost = estimate_cost(row.model, row.input_tokens, row.output_tokens)
        by_model[row.model] = by_model.get(row.model, 0.0) + cost
        total += cost
    return round(total, 4), by_model
