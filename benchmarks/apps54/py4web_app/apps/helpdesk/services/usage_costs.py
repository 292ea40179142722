"""Cost estimates for the FinOps dashboard (no model calls here)."""
import collections

# USD per million tokens; overridden by rows in db.model_price
DEFAULT_PRICES = {
    ("openai", "gpt-4o-mini"): (0.15, 0.60),
    ("openai", "gpt-4.1-mini"): (0.40, 1.60),
    ("anthropic", "claude-sonnet-4-20250514"): (3.00, 15.00),
    ("anthropic", "claude-3-5-haiku-latest"): (0.80, 4.00),
    ("gemini", "gemini-2.0-flash"): (0.10, 0.40),
    ("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"): (0.88, 0.88),
    ("voyage", "voyage-3"): (0.06, 0.0),
}


def load_prices(db):
    prices = dict(DEFAULT_PRICES)
    for row in db(db.model_price).select():
        prices[(row.provider, row.model)] = (row.input_per_mtok, row.output_per_mtok)
    return prices


def calculate_cost(provider, model, input_tokens, output_tokens, prices=None):
    prices = prices or DEFAULT_PRICES
    pin, pout = prices.get((provider, model), (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def cost_report(db, since):
    prices = load_prices(db)
    rows = db(db.llm_usage_log.created_on >= since).select()
    totals = collections.defaultdict(lambda: {"calls": 0, "input": 0, "output": 0, "usd": 0.0})
    for r in rows:
        key = (r.provider, r.model, r.feature_context)
        t = totals[key]
        t["calls"] += 1
        t["input"] += r.input_tokens or 0
        t["output"] += r.output_tokens or 0
        t["usd"] += calculate_cost(r.provider, r.model, r.input_tokens or 0, r.output_tokens or 0, prices)
    return [
        dict(provider=k[0], model=k[1], feature=k[2], **v)
        for k, v in sorted(totals.items(), key=lambda kv: -kv[1]["usd"])
    ]
