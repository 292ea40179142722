"""Cart upsell suggestions shown in the checkout."""
import logging
import re
from typing import List

from .. import settings as ai_settings
from ..llm import build_checkout_upsell_prompt, get_together_openai_compat_client

logger = logging.getLogger(__name__)

UPSELL_METADATA_KEY = "ai_content.upsell"


def _parse_choices(raw: str, size: int) -> List[int]:
    picks = []
    for token in re.findall(r"\d+", raw or ""):
        idx = int(token) - 1
        if 0 <= idx < size and idx not in picks:
            picks.append(idx)
    return picks[:2]


class UpsellAssistant:
    def __init__(self, api_key=None, model=None):
        self.client = get_together_openai_compat_client(api_key)
        self.model = model or ai_settings.AI_CONTENT_TOGETHER_MODEL

    def suggest(self, checkout_lines: List[dict], candidates: List[str]) -> List[int]:
        if not checkout_lines or not candidates:
            return []
        prompt = build_checkout_upsell_prompt(checkout_lines, candidates)
        response = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=16,
            temperature=0,
        )
        return _parse_choices(response.choices[0].message.content, len(candidates))


def checkout_lines_payload(checkout) -> List[dict]:
    payload = []
    for line in checkout.lines.select_related("variant__product"):
        payload.append({"name": line.variant.product.name, "quantity": line.quantity})
    return payload
