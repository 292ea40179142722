"""Cost estimates for the admin panel. Nothing here calls a model."""
import collections
import datetime

import anvil.server
import litellm
from anvil.tables import app_tables

from .llm import get_anthropic_client, get_gemini_client
from .llm.llm_usage_tracker import PRICES


def estimate_prompt_cost(text, model="gpt-4o-mini"):
    tokens = litellm.token_counter(model=model, text=text)
    in_price, _ = PRICES.get(model, (0.0, 0.0))
    return tokens, tokens * in_price / 1_000_000


def claude_prompt_tokens(text, model="claude-3-5-haiku-latest"):
    count = get_anthropic_client().messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return count.input_tokens


def gemini_prompt_tokens(text, model="gemini-2.0-flash"):
    result = get_gemini_client().models.count_tokens(model=model, contents=text)
    return result.total_tokens


def cost_of_response(response):
    """For code paths that still get a litellm ModelResponse back."""
    return litellm.completion_cost(completion_response=response)


@anvil.server.callable
def usage_by_feature(days=30):
    cutoff = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=days)
    totals = collections.defaultdict(lambda: {"calls": 0, "tokens": 0, "cost": 0.0})
    for row in app_tables.llm_usage.search():
        if row["when"] < cutoff:
            continue
        t = totals[row["feature"]]
        t["calls"] += 1
        t["tokens"] += (row["input_tokens"] or 0) + (row["output_tokens"] or 0)
        t["cost"] += row["cost_usd"] or 0.0
    return dict(totals)


@anvil.server.callable
def preview_summary_cost(ticket_text):
    tokens, usd = estimate_prompt_cost(ticket_text)
    return {
        "openai_tokens": tokens,
        "openai_usd": round(usd, 5),
        "claude_tokens": claude_prompt_tokens(ticket_text),
        "gemini_tokens": gemini_prompt_tokens(ticket_text),
    }
