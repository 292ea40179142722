"""Token budgeting helpers (counting only, nothing is generated here)."""
from .. import settings
from ..llm.clients import get_anthropic, get_genai, get_voyage

MAX_PROMPT_TOKENS = 150_000


def anthropic_prompt_tokens(system, messages, model=None):
    result = get_anthropic().messages.count_tokens(
        model=model or settings.ANTHROPIC_MODEL,
        system=system,
        messages=messages,
    )
    return result.input_tokens


def gemini_prompt_tokens(text, model=None):
    resp = get_genai().models.count_tokens(model=model or settings.GEMINI_MODEL, contents=text)
    return resp.total_tokens


def voyage_tokens(texts):
    return get_voyage().count_tokens(texts, model=settings.VOYAGE_EMBED_MODEL)


def fits(system, messages, model=None):
    return anthropic_prompt_tokens(system, messages, model) < MAX_PROMPT_TOKENS


def rough_tokens(text):
    # ~4 chars per token; good enough for UI hints
    return max(1, len(text or "") // 4)
