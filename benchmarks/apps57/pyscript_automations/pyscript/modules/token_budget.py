"""Keep prompts under budget before we send them. Uses the providers' token counting endpoints,
which are free."""
from ai.clients import get_anthropic, get_genai
from llm_usage_tracker import calculate_cost

MAX_PROMPT_TOKENS = 4000


def anthropic_tokens(prompt, model="claude-3-5-haiku-latest"):
    result = get_anthropic().messages.count_tokens(
        model=model, messages=[{"role": "user", "content": prompt}]
    )
    return result.input_tokens


def gemini_tokens(prompt, model="gemini-2.0-flash"):
    return get_genai().models.count_tokens(model=model, contents=prompt).total_tokens


def rough_tokens(text):
    return max(1, len(text) // 4)


def trim_to_budget(lines, budget=MAX_PROMPT_TOKENS):
    kept, used = [], 0
    for line in lines:
        cost = rough_tokens(line)
        if used + cost > budget:
            break
        kept.append(line)
        used += cost
    return kept


def estimated_cost(model, prompt, expected_output_tokens=200):
    return calculate_cost(model, rough_tokens(prompt), expected_output_tokens)
