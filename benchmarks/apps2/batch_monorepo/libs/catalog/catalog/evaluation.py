"""Offline evaluation of generated catalogue copy."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from xai_sdk.chat import user

from llmkit.clients import bedrock_runtime
from llmkit.services.llm_usage_tracker import llm_tracker
from llmkit.watsonx import granite
from llmkit.xai import new_chat

from catalog.models import Product

logger = logging.getLogger(__name__)

DEFAULT_RUBRIC = (
    "Score the product description from 1 to 5 for: faithfulness to the attributes, "
    "readability, and absence of invented claims. Reply as JSON: "
    '{"faithfulness": int, "readability": int, "hallucination_free": bool, "notes": str}'
)
PAIRWISE_SYSTEM = (
    "You compare two product descriptions for the same item. Reply with exactly 'A' or 'B' "
    "for the one a shopper would find more useful and accurate."
)
RUBRIC_PROMPT = (
    "Rate the following product copy for grammar and tone on a scale of 1-10. "
    "Reply with a single integer.\n\n{text}\n\nScore:"
)
CONSISTENCY_MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0"


@dataclass
class Verdict:
    faithfulness: int
    readability: int
    hallucination_free: bool
    notes: str = ""

    @classmethod
    def from_json(cls, raw: str) -> "Verdict":
        data = json.loads(raw)
        return cls(
            faithfulness=int(data.get("faithfulness", 0)),
            readability=int(data.get("readability", 0)),
            hallucination_free=bool(data.get("hallucination_free", False)),
            notes=str(data.get("notes", "")),
        )


def _facts(product: Product) -> str:
    attrs = "\n".join(f"- {k}: {v}" for k, v in sorted(product.attributes.items()))
    return f"Title: {product.title}\nCategory: {product.category}\nAttributes:\n{attrs}"


class Judge:
    """LLM-as-judge over an OpenAI-compatible client; call it like a function."""

    def __init__(self, client: Any, model: str, rubric: str = DEFAULT_RUBRIC, temperature: float = 0.0) -> None:
        self._client = client
        self.model = model
        self.rubric = rubric
        self.temperature = temperature

    def __call__(self, product: Product, description: str) -> Verdict:
        response = self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": self.rubric},
                {"role": "user", "content": f"{_facts(product)}\n\nDescription:\n{description}"},
            ],
            temperature=self.temperature,
            response_format={"type": "json_object"},
        )
        try:
            return Verdict.from_json(response.choices[0].message.content)
        except (ValueError, TypeError) as exc:
            logger.warning("unparseable verdict for %s: %s", product.sku, exc)
            return Verdict(0, 0, False, notes="unparseable")


def grok_pairwise(product: Product, description_a: str, description_b: str) -> str:
    chat = new_chat(PAIRWISE_SYSTEM)
    chat.append(user(f"{_facts(product)}\n\nA:\n{description_a}\n\nB:\n{description_b}"))
    response = chat.sample()
    answer = response.content.strip().upper()
    return "A" if answer.startswith("A") else "B"


def granite_tone_score(text: str) -> int:
    raw = granite().generate_text(prompt=RUBRIC_PROMPT.format(text=text))
    try:
        return max(1, min(10, int(raw.strip().split()[0])))
    except (ValueError, IndexError):
        logger.warning("granite returned %r", raw)
        return 0


def consistency_check(product: Product, description: str) -> bool:
    with llm_tracker.track_llm_call(feature="catalog_eval.consistency", tenant_id=product.tenant_id) as usage_log:
        response = bedrock_runtime().converse(
            modelId=CONSISTENCY_MODEL_ID,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {
                            "text": f"{_facts(product)}\n\nDescription:\n{description}\n\n"
                            "Does the description contradict any attribute? Answer YES or NO."
                        }
                    ],
                }
            ],
            inferenceConfig={"maxTokens": 5, "temperature": 0.0},
        )
        usage_log.input_tokens = response["usage"]["inputTokens"]
        usage_log.output_tokens = response["usage"]["outputTokens"]
    answer = response["output"]["message"]["content"][0]["text"].strip().upper()
    return answer.startswith("NO")
