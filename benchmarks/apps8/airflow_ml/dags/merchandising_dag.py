"""Merchandising helpers requested by the trading team (weekly).

* marketplace title clean-up (Fireworks via LLMPromptOperator)
* B2B portal blurbs (watsonx granite)
* "complete the look" bundle copy
* buying guides for the top categories
"""
import asyncio
from typing import Dict, List

from airflow.decorators import dag, task

from common.defaults import DEFAULT_ARGS, LLM_POOL, START_DATE, TAGS
from include.catalogue.repository import CatalogueRepository
from include.catalogue.s3_io import ArtifactStore
from include.legacy.bedrock_claude import ask_claude_streaming
from include.services.bundle_copy import bundle_name, bundle_teaser
from include.services.reranker import rerank
from operators.llm_prompt_operator import LLMPromptOperator
from operators.watsonx_operators import WatsonxGenerateOperator

TITLE_PROMPT = (
    "Rewrite this marketplace listing title to our style guide: Brand + product type + key "
    "attribute, max 80 characters, no ALL CAPS, no promo words.\n"
    "Title: {title}\nBrand: {brand}\n"
    'Reply as a JSON object with the single key "title".'
)

GUIDE_CATEGORIES = ["running shoes", "coffee machines", "duvets", "prams"]


@dag(
    dag_id="merchandising_weekly",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="0 7 * * TUE",
    catchup=False,
    tags=TAGS + ["merchandising"],
)
def merchandising_weekly():
    @task
    def marketplace_titles() -> List[Dict]:
        rows = CatalogueRepository()._hook.get_records(
            "SELECT sku, title, brand FROM catalogue.products "
            "WHERE channel = 'marketplace' AND title_reviewed_at IS NULL LIMIT 400"
        )
        return [{"sku": r[0], "title": r[1], "brand": r[2] or ""} for r in rows]

    @task
    def b2b_prompts() -> List[str]:
        products = CatalogueRepository().products_without_description(limit=100)
        return [
            f"Write a two-sentence product blurb for trade buyers.\nProduct: {p.title}\n"
            f"{p.attribute_lines()}\nBlurb:"
            for p in products
        ]

    @task(pool=LLM_POOL)
    def bundles() -> List[Dict]:
        repo = CatalogueRepository()
        bundle_rows = repo._hook.get_records(
            "SELECT bundle_id, array_agg(sku) FROM merch.bundles WHERE copy IS NULL GROUP BY 1 LIMIT 50"
        )

        async def run() -> List[Dict]:
            out = []
            for bundle_id, skus in bundle_rows:
                products = repo.products_by_sku(skus)
                out.append({
                    "bundle_id": bundle_id,
                    "name": await bundle_name(products),
                    "teaser": await bundle_teaser(products),
                })
            return out

        return asyncio.run(run())

    @task(pool=LLM_POOL)
    def related_products() -> int:
        repo = CatalogueRepository()
        rows = repo._hook.get_records(
            "SELECT anchor_sku, anchor_title, array_agg(candidate_title), array_agg(candidate_sku) "
            "FROM merch.related_candidates GROUP BY 1, 2 LIMIT 200"
        )
        pairs = []
        for anchor_sku, anchor_title, titles, skus in rows:
            for idx, score in rerank(anchor_title, titles, top_n=6):
                pairs.append((anchor_sku, skus[idx], score))
        repo._hook.insert_rows("merch.related_products", pairs, target_fields=["sku", "related_sku", "score"])
        return len(pairs)

    @task(pool=LLM_POOL)
    def buying_guides() -> List[str]:
        store = ArtifactStore()
        uris = []
        for category in GUIDE_CATEGORIES:
            text = "".join(
                ask_claude_streaming(
                    f"Write a 600-word buying guide for {category}: what to look for, common "
                    "mistakes, and how to choose a size/capacity. Use H2 headings in markdown."
                )
            )
            uris.append(store.write_bytes(f"guides/{category.replace(' ', '-')}.md", text.encode(), "text/markdown"))
        return uris

    LLMPromptOperator(
        task_id="clean_titles",
        rows=marketplace_titles(),
        prompt_template=TITLE_PROMPT,
        json_output=True,
        max_tokens=60,
        pool=LLM_POOL,
    )
    WatsonxGenerateOperator(
        task_id="b2b_blurbs",
        prompts=b2b_prompts(),
        max_new_tokens=120,
        pool=LLM_POOL,
    )
    bundles()
    related_products()
    buying_guides()


merchandising_weekly()
