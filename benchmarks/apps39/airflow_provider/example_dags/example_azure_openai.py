"""Azure OpenAI example: translation of release notes into EU languages.

The legal team requires Azure (EU data boundary) for anything customer-facing.
"""
from __future__ import annotations

import pendulum
from airflow.decorators import dag, task
from airflow.models.baseoperator import chain

from acme_airflow_llm.hooks.openai import AzureOpenAIHook
from acme_airflow_llm.operators.openai import OpenAIChatOperator

LANGS = ["de", "fr", "es", "it", "nl"]
DEPLOYMENT = "gpt-4o-eu"

_clients: dict[str, object] = {}


def _azure(conn_id: str = "azure_openai_eu"):
    if conn_id not in _clients:
        _clients[conn_id] = AzureOpenAIHook(conn_id=conn_id).get_conn()
    return _clients[conn_id]


@dag(schedule=None, start_date=pendulum.datetime(2024, 2, 1, tz="UTC"), catchup=False, tags=["example", "azure"], params={"notes": "..."})
def example_azure_translate():
    @task
    def translate(lang: str, params=None) -> dict:
        client = _azure()
        resp = client.chat.completions.create(
            model=DEPLOYMENT,
            messages=[
                {"role": "system", "content": f"Translate the user's text into {lang}. Keep markdown."},
                {"role": "user", "content": params["notes"]},
            ],
        )
        return {"lang": lang, "text": resp.choices[0].message.content}

    @task
    def review(translations: list[dict]) -> list[dict]:
        client = _azure()
        for t in translations:
            check = client.responses.create(
                model=DEPLOYMENT,
                instructions="Reply PASS or FAIL: is this a faithful, fluent translation?",
                input=t["text"],
            )
            t["review"] = check.output_text.strip()
        return translations

    translations = translate.expand(lang=LANGS)
    reviewed = review(translations)

    announce = OpenAIChatOperator(
        task_id="announce",
        prompt="Write a Slack announcement listing these languages: {{ ti.xcom_pull(task_ids='review') | map(attribute='lang') | join(', ') }}",
        model=DEPLOYMENT,
        conn_id="azure_openai_eu",
        use_azure=True,
    )
    chain(reviewed, announce)


example_azure_translate()
