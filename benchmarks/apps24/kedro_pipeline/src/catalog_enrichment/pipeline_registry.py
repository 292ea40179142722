"""Project pipelines."""
from __future__ import annotations

from kedro.pipeline import Pipeline

from catalog_enrichment.pipelines import (
    attribute_extraction,
    categorisation,
    data_processing,
    description_generation,
    image_captioning,
    quality_review,
)


def register_pipelines() -> dict[str, Pipeline]:
    """Register the project's pipelines.

    We don't use ``find_pipelines()`` because image_captioning is still opt-in
    (Bedrock quota in eu-west-1 is tiny) and should not be part of ``__default__``.
    """
    dp = data_processing.create_pipeline()
    attrs = attribute_extraction.create_pipeline()
    desc = description_generation.create_pipeline()
    cat = categorisation.create_pipeline()
    imgs = image_captioning.create_pipeline()
    qa = quality_review.create_pipeline()

    enrichment = dp + attrs + desc + qa

    return {
        "__default__": enrichment + cat,
        "data_processing": dp,
        "attribute_extraction": dp + attrs,
        "description_generation": desc,
        "categorisation": dp + cat,
        "image_captioning": imgs,
        "quality_review": qa,
        "enrichment": enrichment,
        "full": enrichment + cat + imgs,
    }
