"""Localise approved English descriptions into the EU storefront locales."""
import asyncio
from functools import partial
from typing import Dict, List

from airflow.decorators import dag, task

from common.defaults import DEFAULT_ARGS, LLM_POOL, START_DATE, TAGS
from include.catalogue.repository import CatalogueRepository
from include.config import settings
from include.llm.clients import get_deepseek_client


@dag(
    dag_id="description_translation",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="0 5 * * *",
    catchup=False,
    tags=TAGS + ["l10n"],
)
def description_translation():
    @task
    def approved_since_yesterday() -> List[Dict]:
        rows = CatalogueRepository()._hook.get_records(
            "SELECT sku, body FROM catalogue.generated_descriptions "
            "WHERE status = 'approved' AND locale = 'en_GB' AND approved_at > now() - interval '1 day'"
        )
        return [{"sku": r[0], "text": r[1]} for r in rows]

    @task(pool=LLM_POOL)
    def translate(items: List[Dict]) -> List[Dict]:
        from include.services.translator import CopyTranslator

        async def run():
            translator = CopyTranslator(concurrency=12)
            try:
                return await translator.translate_all(
                    [(i["sku"], i["text"]) for i in items], settings.target_locales
                )
            finally:
                await translator.aclose()

        result = asyncio.run(run())
        return [{"sku": sku, "locale": loc, "text": text} for (sku, loc), text in result.items()]

    @task(pool=LLM_POOL)
    def back_translation_check(rows: List[Dict]) -> List[Dict]:
        """Spot check 5%: translate back to English and compare key facts."""
        client = get_deepseek_client()
        ask = partial(client.chat.completions.create, model=settings.deepseek.chat_model, temperature=0)
        checked = []
        for row in rows[:: 20]:
            reply = ask(
                messages=[
                    {"role": "user", "content": f"Translate to English, keep numbers and units:\n\n{row['text']}"}
                ]
            )
            row["back_translation"] = reply.choices[0].message.content
            checked.append(row)
        return checked

    @task
    def store(rows: List[Dict]) -> int:
        hook = CatalogueRepository()._hook
        hook.insert_rows(
            "catalogue.generated_descriptions",
            [(r["sku"], r["locale"], r["text"], "draft") for r in rows],
            target_fields=["sku", "locale", "body", "status"],
            replace=True,
            replace_index=["sku", "locale"],
        )
        return len(rows)

    translated = translate(approved_since_yesterday())
    back_translation_check(translated)
    store(translated)


description_translation()
