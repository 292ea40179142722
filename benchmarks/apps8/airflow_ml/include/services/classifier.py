"""Taxonomy classification.

Two stages: a cheap zero-shot pass on the top-level department (HF), then an
instruction model picks the leaf category inside that department (Together).
"""
import asyncio
import re
from typing import Dict, List, Sequence, Tuple

from include.catalogue.models import Product, TaxonomyNode
from include.config import settings
from include.llm.clients import get_async_together_client, get_hf_client, get_together_client
from include.prompts import TAXONOMY_CLASSIFY
from include.utils.logging_utils import get_logger
from include.utils.text import truncate

logger = get_logger("classifier")

DEPARTMENTS = ["fashion", "home", "electronics", "beauty", "sports", "toys", "garden", "grocery"]
_CATEGORY_ID = re.compile(r"\b([A-Z]{2,4}-\d{3,5})\b")

_together = get_together_client()


def _taxonomy_block(nodes: Sequence[TaxonomyNode]) -> str:
    return "\n".join(f"{n.category_id}\t{n.path}" for n in nodes)


class TaxonomyClassifier:
    def __init__(self, taxonomy: Dict[str, TaxonomyNode]):
        self.taxonomy = taxonomy
        self._hf = get_hf_client(settings.hf.zero_shot_model)

    def department(self, product: Product) -> Tuple[str, float]:
        text = f"{product.title}. {truncate(product.description, 500)}"
        result = self._hf.zero_shot_classification(
            text,
            candidate_labels=DEPARTMENTS,
            hypothesis_template="This product belongs to the {} department.",
        )
        best = max(result, key=lambda r: r.score)
        return best.label, best.score

    def _prompt(self, product: Product, department: str) -> str:
        leaves = self.taxonomy[department].leaves()
        return TAXONOMY_CLASSIFY.substitute(
            taxonomy=_taxonomy_block(leaves),
            title=product.title,
            description=truncate(product.description, 1500),
        )

    def leaf(self, product: Product, department: str) -> str:
        response = _together.chat.completions.create(
            model=settings.together.chat_model,
            messages=[{"role": "user", "content": self._prompt(product, department)}],
            max_tokens=12,
            temperature=0,
        )
        match = _CATEGORY_ID.search(response.choices[0].message.content or "")
        return match.group(1) if match else ""

    def classify(self, product: Product) -> Tuple[str, float]:
        department, score = self.department(product)
        if score < 0.35:
            logger.info("low department confidence for %s (%.2f)", product.sku, score)
            return "", score
        return self.leaf(product, department), score

    async def classify_leaves_async(
        self, items: List[Tuple[Product, str]], concurrency: int = 8
    ) -> List[str]:
        client = get_async_together_client()
        sem = asyncio.Semaphore(concurrency)

        async def one(product: Product, department: str) -> str:
            async with sem:
                response = await client.chat.completions.create(
                    model=settings.together.small_model,
                    messages=[{"role": "user", "content": self._prompt(product, department)}],
                    max_tokens=12,
                    temperature=0,
                )
            match = _CATEGORY_ID.search(response.choices[0].message.content or "")
            return match.group(1) if match else ""

        return await asyncio.gather(*(one(p, d) for p, d in items))
