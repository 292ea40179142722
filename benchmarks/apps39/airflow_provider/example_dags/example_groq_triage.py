"""Support ticket triage: fast classification on Groq, escalation on Anthropic."""
from __future__ import annotations

import os

import pendulum
from airflow.decorators import dag, task
from groq import Groq

from acme_airflow_llm.hooks import AnthropicHook
from acme_airflow_llm.operators.groq import GroqChatOperator
from acme_airflow_llm.utils.prompts import CLASSIFY_TICKET

LABELS = {"billing", "outage", "feature_request", "other"}


@dag(schedule="*/30 * * * *", start_date=pendulum.datetime(2024, 6, 1, tz="UTC"), catchup=False, max_active_runs=1, tags=["example", "groq"])
def example_groq_triage():
    @task
    def fetch_tickets() -> list[dict]:
        from airflow.providers.http.hooks.http import HttpHook

        resp = HttpHook(method="GET", http_conn_id="zendesk").run("/api/v2/tickets/recent.json")
        return [{"id": t["id"], "text": t["description"]} for t in resp.json()["tickets"]]

    @task
    def classify(ticket: dict) -> dict:
        # Groq key comes from the worker env for this one (the connection is
        # rate-limited to the platform team's org).
        client = Groq(api_key=os.environ["GROQ_TRIAGE_API_KEY"])
        chat = client.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=CLASSIFY_TICKET.messages(ticket=ticket["text"]),
            temperature=0,
            max_tokens=8,
        )
        label = chat.choices[0].message.content.strip().lower()
        return {**ticket, "label": label if label in LABELS else "other"}

    @task
    def escalate(classified: list[dict]) -> list[dict]:
        outages = [t for t in classified if t["label"] == "outage"]
        if not outages:
            return []
        claude = AnthropicHook().get_conn()
        notes = []
        for t in outages:
            msg = claude.messages.create(
                model="claude-haiku-4-5",
                max_tokens=300,
                messages=[{"role": "user", "content": f"Draft an on-call page for this ticket:\n{t['text']}"}],
            )
            notes.append({"id": t["id"], "page": msg.content[0].text})
        return notes

    tickets = fetch_tickets()
    classified = classify.expand(ticket=tickets)
    escalate(classified)

    GroqChatOperator(
        task_id="weekly_digest_prompt",
        messages=[{"role": "user", "content": "Summarise ticket trends: {{ ti.xcom_pull(task_ids='classify') }}"}],
        deferrable=True,
    )


example_groq_triage()
