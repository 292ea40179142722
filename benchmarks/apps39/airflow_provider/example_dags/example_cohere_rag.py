"""Help-center RAG refresh: embed articles, rerank for top queries."""
from __future__ import annotations

import pendulum
from airflow.decorators import dag, task
from airflow.providers.postgres.hooks.postgres import PostgresHook

from acme_airflow_llm.hooks.cohere import CohereHook
from acme_airflow_llm.operators.cohere import CohereRerankOperator
from acme_airflow_llm.utils.registry import get_client

TOP_QUERIES_SQL = "SELECT query FROM search.top_queries WHERE day = %s ORDER BY hits DESC LIMIT 20"


@dag(schedule="@daily", start_date=pendulum.datetime(2024, 3, 1, tz="UTC"), catchup=False, tags=["example", "cohere"])
def example_cohere_rag():
    @task
    def fetch_articles() -> list[dict]:
        pg = PostgresHook(postgres_conn_id="helpcenter")
        rows = pg.get_records("SELECT id, body FROM articles WHERE updated_at > now() - interval '1 day'")
        return [{"id": r[0], "body": r[1]} for r in rows]

    @task
    def embed_articles(articles: list[dict]) -> int:
        hook = CohereHook()
        vectors = hook.embed([a["body"] for a in articles])
        pg = PostgresHook(postgres_conn_id="helpcenter")
        pg.insert_rows(
            "article_embeddings",
            [(a["id"], v) for a, v in zip(articles, vectors)],
            target_fields=["article_id", "embedding"],
            replace=True,
        )
        return len(vectors)

    @task
    def rerank_top_queries(articles: list[dict], ds=None) -> list[dict]:
        pg = PostgresHook(postgres_conn_id="helpcenter")
        queries = [r[0] for r in pg.get_records(TOP_QUERIES_SQL, parameters=(ds,))]
        co = get_client("cohere")
        docs = [a["body"] for a in articles]
        out = []
        for q in queries:
            ranked = co.rerank(model="rerank-v3.5", query=q, documents=docs, top_n=3)
            out.append({"query": q, "article_ids": [articles[r.index]["id"] for r in ranked.results]})
        return out

    @task
    def draft_answers(ranked: list[dict], articles: list[dict]) -> list[str]:
        co = CohereHook().get_conn()
        by_id = {a["id"]: a["body"] for a in articles}
        answers = []
        for item in ranked:
            documents = [{"id": str(i), "data": {"text": by_id[i]}} for i in item["article_ids"]]
            reply = co.chat(
                model="command-r-plus-08-2024",
                messages=[{"role": "user", "content": item["query"]}],
                documents=documents,
            )
            answers.append(reply.message.content[0].text)
        return answers

    articles = fetch_articles()
    embed_articles(articles)
    ranked = rerank_top_queries(articles)
    draft_answers(ranked, articles)

    CohereRerankOperator(
        task_id="rerank_pinned",
        query="how do I reset my password",
        documents=["{{ ti.xcom_pull(task_ids='fetch_articles')[0]['body'] }}"],
    )


example_cohere_rag()
