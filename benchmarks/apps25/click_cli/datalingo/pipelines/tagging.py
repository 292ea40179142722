"""Taxonomy tagging.

Two strategies:
* ``TagSuggester`` - Cohere chat with JSON mode, candidate tags pre-filtered by rerank
  (the taxonomy has ~900 entries, too many for one prompt).
* ``tag_with_litellm`` - the older path, any litellm model, used by `tag --engine litellm`.
"""
from __future__ import annotations

import json
import logging
from functools import partial
from typing import TYPE_CHECKING, Any

import litellm

from datalingo import prompts
from datalingo.utils import strip_code_fences

if TYPE_CHECKING:
    import cohere

log = logging.getLogger(__name__)


def parse_tags(raw: str, allowed: set[str]) -> dict[str, Any]:
    try:
        data = json.loads(strip_code_fences(raw))
    except json.JSONDecodeError:
        log.warning("model returned non-JSON tags: %r", raw[:200])
        return {"tags": [], "confidence": 0.0}
    tags = [t for t in data.get("tags", []) if t in allowed]
    return {"tags": tags, "confidence": float(data.get("confidence", 0.0))}


def load_taxonomy(path: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip() and not line.startswith("#")]


class TagSuggester:
    def __init__(self, co: "cohere.ClientV2", taxonomy: list[str], model: str = "command-r-plus-08-2024"):
        self.co = co
        self.taxonomy = taxonomy
        self.model = model

    def candidates(self, text: str, top_n: int = 40) -> list[str]:
        if len(self.taxonomy) <= top_n:
            return list(self.taxonomy)
        reranked = self.co.rerank(
            model="rerank-v3.5",
            query=text[:2000],
            documents=self.taxonomy,
            top_n=top_n,
        )
        return [self.taxonomy[r.index] for r in reranked.results]

    def suggest(self, text: str) -> dict[str, Any]:
        allowed = self.candidates(text)
        resp = self.co.chat(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.render(prompts.TAG_SYSTEM, taxonomy="\n".join(allowed))},
                {"role": "user", "content": text},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        raw = resp.message.content[0].text if resp.message.content else "{}"
        return parse_tags(raw, set(allowed))


def tag_with_litellm(texts: list[str], taxonomy: list[str], model: str = "gpt-4o-mini") -> list[dict[str, Any]]:
    system = prompts.render(prompts.TAG_SYSTEM, taxonomy="\n".join(taxonomy))
    call = partial(litellm.completion, model=model, temperature=0, max_tokens=200)
    out = []
    for text in texts:
        resp = call(messages=prompts.chat_messages(system, text))
        out.append(parse_tags(resp.choices[0].message.content or "", set(taxonomy)))
    return out
