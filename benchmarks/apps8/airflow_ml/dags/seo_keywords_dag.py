"""Weekly SEO keyword refresh for top-selling SKUs."""
import logging

from airflow.decorators import dag, task

from common.defaults import DEFAULT_ARGS, LLM_POOL, START_DATE, TAGS
from include.catalogue.repository import CatalogueRepository
from include.config import settings
from include.llm.clients import get_deepseek_client
from include.prompts import SEO_KEYWORDS

log = logging.getLogger(__name__)


@dag(
    dag_id="seo_keywords",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="0 4 * * MON",
    catchup=False,
    tags=TAGS + ["seo"],
)
def seo_keywords():
    @task
    def top_skus() -> list:
        hook = CatalogueRepository()._hook
        rows = hook.get_records(
            "SELECT sku FROM analytics.top_sellers_7d ORDER BY revenue DESC LIMIT 500"
        )
        return [r[0] for r in rows]

    @task(pool=LLM_POOL)
    def keywords(skus: list) -> dict:
        repo = CatalogueRepository()
        client = get_deepseek_client()
        out = {}
        for product in repo.products_by_sku(skus):
            raw = client.chat.completions.with_raw_response.create(
                model=settings.deepseek.chat_model,
                messages=[
                    {
                        "role": "user",
                        "content": SEO_KEYWORDS.substitute(
                            title=product.title, description=product.description[:1500]
                        ),
                    }
                ],
                temperature=0.3,
                max_tokens=120,
            )
            remaining = raw.headers.get("x-ratelimit-remaining-requests")
            if remaining is not None and int(remaining) < 5:
                log.warning("deepseek rate limit almost exhausted (%s left)", remaining)
            completion = raw.parse()
            words = [w.strip() for w in completion.choices[0].message.content.split(",") if w.strip()]
            out[product.sku] = words[:10]
        return out

    @task
    def save(result: dict) -> None:
        hook = CatalogueRepository()._hook
        rows = [(sku, kw) for sku, kws in result.items() for kw in kws]
        hook.insert_rows("seo.product_keywords", rows, target_fields=["sku", "keyword"], replace=False)

    save(keywords(top_skus()))


seo_keywords()
