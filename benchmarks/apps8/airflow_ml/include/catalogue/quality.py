"""Data quality metrics published to the catalogue health dashboard."""
from typing import Dict, Iterable, List

from include.catalogue.models import Product

REQUIRED_ATTRIBUTES = ("colour", "material", "size", "weight", "dimensions")


def attribute_completion(product: Product) -> float:
    present = sum(1 for key in REQUIRED_ATTRIBUTES if product.attributes.get(key))
    return present / len(REQUIRED_ATTRIBUTES)


def completion_report(products: Iterable[Product]) -> Dict[str, float]:
    scores: List[float] = [attribute_completion(p) for p in products]
    if not scores:
        return {"count": 0, "mean_completion": 0.0, "fully_complete": 0.0}
    return {
        "count": len(scores),
        "mean_completion": sum(scores) / len(scores),
        "fully_complete": sum(1 for s in scores if s == 1.0) / len(scores),
    }
