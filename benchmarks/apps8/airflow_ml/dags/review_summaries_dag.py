from typing import List

from airflow.decorators import dag, task

from common.defaults import DEFAULT_ARGS, LLM_POOL, START_DATE, TAGS
from include.catalogue.repository import CatalogueRepository
from include.services.review_summarizer import summarise_reviews, summarise_reviews_watsonx

LONG_THREAD = 200


@dag(
    dag_id="review_summaries",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="15 3 * * *",
    catchup=False,
    tags=TAGS + ["reviews"],
)
def review_summaries():
    @task
    def skus_with_new_reviews() -> List[str]:
        rows = CatalogueRepository()._hook.get_records(
            "SELECT DISTINCT sku FROM catalogue.reviews WHERE created_at > now() - interval '1 day'"
        )
        return [r[0] for r in rows]

    @task(pool=LLM_POOL)
    def summarise(skus: List[str]) -> int:
        repo = CatalogueRepository()
        titles = {p.sku: p.title for p in repo.products_by_sku(skus)}
        done = 0
        for sku in skus:
            reviews = repo.reviews_for(sku, limit=500)
            if len(reviews) < 5:
                continue
            if len(reviews) > LONG_THREAD:
                summary = summarise_reviews_watsonx(titles.get(sku, sku), reviews)
            else:
                summary = summarise_reviews(titles.get(sku, sku), reviews[:LONG_THREAD])
            repo.save_summary(sku, summary)
            done += 1
        return done

    summarise(skus_with_new_reviews())


review_summaries()
