"""Turn raw agent findings into tickets.

`summarise_bugs` is the tracked path (via multi_model_service). The
`summarise_locally` path stays on Ollama for air-gapped customer runs.
"""
from __future__ import annotations

import functools
import json
import logging
from typing import Any

import ollama
import requests

from qa_agent.agent.prompts import BUG_SUMMARY_SYSTEM
from qa_agent.config import get_settings
from qa_agent.llm import get_anthropic_client, get_openai_client
from qa_agent.services.llm_usage_tracker import llm_tracker
from qa_agent.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


async def summarise_bugs(bugs: list[dict[str, Any]], target_url: str) -> str:
    prompt = f"Target: {target_url}\nObservations:\n{json.dumps(bugs, indent=2)}"
    return await multi_model_service.generate_response(
        prompt=prompt,
        task_type="bug_summary",
        complexity=TaskComplexity.SIMPLE,
        system=BUG_SUMMARY_SYSTEM,
    )


async def triage_severity(bug: dict[str, Any]) -> str:
    answer = await multi_model_service.generate_response(
        prompt=f"Severity (low/medium/high/critical) for: {bug.get('text')}. One word.",
        task_type="bug_triage",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=5,
    )
    return answer.strip().lower()


async def write_ticket_body(bug: dict[str, Any], model: str = "claude-3-5-haiku-latest") -> str:
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="bug_ticket"
    ) as usage_log:
        msg = client.messages.create(
            model=model,
            max_tokens=700,
            system=BUG_SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": json.dumps(bug)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def summarise_locally(bugs: list[dict[str, Any]]) -> str:
    settings = get_settings()
    resp = ollama.chat(
        model=settings.local_model.replace("llava", "llama3.1"),
        messages=[
            {"role": "system", "content": BUG_SUMMARY_SYSTEM},
            {"role": "user", "content": json.dumps(bugs)},
        ],
        options={"temperature": 0.1},
    )
    return resp["message"]["content"]


def dedupe_titles(titles: list[str]) -> list[str]:
    """Ask the model to merge near-duplicate bug titles (legacy, used by nightly job)."""
    client = get_openai_client()
    ask = functools.partial(client.chat.completions.create, model="gpt-4o-mini", temperature=0)
    resp = ask(
        messages=[
            {"role": "system", "content": "Merge duplicate bug titles. Return a JSON list of unique titles."},
            {"role": "user", "content": json.dumps(titles)},
        ],
    )
    try:
        return json.loads(resp.choices[0].message.content)
    except (TypeError, json.JSONDecodeError):
        return titles


def stream_summary(bugs: list[dict[str, Any]]):
    """Generator used by the CLI --live flag."""
    stream = get_openai_client().chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": BUG_SUMMARY_SYSTEM},
            {"role": "user", "content": json.dumps(bugs)},
        ],
        stream=True,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def post_to_jira(summary: str, project: str = "QA") -> str | None:
    url = "https://jira.example.internal/rest/api/2/issue"
    title, _, body = summary.partition("\n")
    r = requests.post(
        url,
        json={"fields": {"project": {"key": project}, "summary": title[:80], "description": body, "issuetype": {"name": "Bug"}}},
        timeout=15,
    )
    if r.status_code >= 300:
        logger.error("jira rejected ticket: %s %s", r.status_code, r.text[:200])
        return None
    return r.json().get("key")
