from dagster import load_assets_from_modules

from . import (
    product_classification,
    product_embeddings,
    review_insights,
    search_quality,
    support_summaries,
    ticket_triage,
    translations,
    weekly_digest,
)
from .dbt import catalog_dbt_assets

enrichment_assets = load_assets_from_modules(
    [
        product_classification,
        product_embeddings,
        support_summaries,
        ticket_triage,
        translations,
        review_insights,
        search_quality,
        weekly_digest,
    ],
    group_name=None,
)

all_assets = [catalog_dbt_assets, *enrichment_assets]
