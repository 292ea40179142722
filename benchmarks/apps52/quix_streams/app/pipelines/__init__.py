"""Each module exposes ``build(app, settings)`` which wires a StreamingDataFrame."""
from app.pipelines import (
    classify_reviews,
    embed_reviews,
    extract_entities,
    moderate,
    product_digest,
    quality_gate,
    tag_reviews,
    translate_reviews,
)

PIPELINES = {
    "classify": classify_reviews.build,
    "entities": extract_entities.build,
    "embed": embed_reviews.build,
    "moderate": moderate.build,
    "digest": product_digest.build,
    "tags": tag_reviews.build,
    "translate": translate_reviews.build,
    "gate": quality_gate.build,
}
