from __future__ import annotations

import asyncio
from types import SimpleNamespace
from unittest.mock import AsyncMock, patch

from monitor.jobs import anomaly_summary, health_checks, log_triage, postmortem
from monitor.jobs.health_checks import ProbeResult


def test_local_diagnosis_uses_ollama_client(ctx):
    failed = [ProbeResult("db", False, 503, 12.0)]
    out = health_checks._local_diagnosis(ctx, failed)
    assert out == "disk full on db-1"
    ctx.local_llm.chat.assert_called_once()


def test_summarize_anomalies_calls_claude_when_flagged(ctx):
    ctx.metrics.values = {anomaly_summary.QUERIES["queue_depth"]: 5000}
    summary = asyncio.run(anomaly_summary.summarize_anomalies(ctx))
    assert summary == "summary"
    assert ctx.claude.messages.create.await_count == 1


def test_summarize_anomalies_quiet(ctx):
    assert asyncio.run(anomaly_summary.summarize_anomalies(ctx)) is None
    ctx.claude.messages.create.assert_not_called()


def test_bedrock_triage_parses_json(ctx):
    ctx.bedrock.converse.return_value = {
        "output": {"message": {"content": [{"text": '[{"title": "oom", "count": 3}]'}]}}
    }
    out = log_triage._classify_with_bedrock(ctx, ["svc: ERROR oom"])
    assert out[0]["title"] == "oom"


def test_postmortem_uses_injected_writer(ctx, fake_openai):
    with patch.object(postmortem, "_closed_incidents", return_value=[{"id": 1}, {"id": 2}]):
        drafts = postmortem.draft_postmortems(ctx, writer=fake_openai)
    assert drafts == ["headline", "headline"]
    assert fake_openai.chat.completions.create.call_count == 2


def test_review_action_items(ctx):
    ctx.grok.chat.completions.create = AsyncMock(
        return_value=SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="vague"))])
    )
    assert asyncio.run(postmortem.review_action_items(ctx, "draft")) == "vague"


def test_health_checks_all_ok(ctx):
    async def fake_probe(client, name, url):
        return ProbeResult(name, True, 200, 3.0)

    with patch.object(health_checks, "_probe", fake_probe):
        out = asyncio.run(health_checks.run_health_checks(ctx))
    assert out == {"failed": 0}
    ctx.local_llm.chat.assert_not_called()


def test_health_checks_falls_back_to_tracked_service(ctx):
    async def fake_probe(client, name, url):
        return ProbeResult(name, False, 500, 3.0)

    ctx.local_llm.chat.side_effect = ConnectionError("ollama down")
    with patch.object(health_checks, "_probe", fake_probe), patch.object(
        health_checks.multi_model_service, "generate_response", AsyncMock(return_value="net split")
    ) as gen:
        out = asyncio.run(health_checks.run_health_checks(ctx))
    assert out["failed"] == len(health_checks.ENDPOINTS)
    gen.assert_awaited_once()


def test_deepseek_triage_unwraps_clusters(fake_openai):
    fake_openai.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content='{"clusters": [{"title": "x"}]}'))]
    )
    with patch.object(log_triage.llm, "chat_backend", return_value=fake_openai):
        out = log_triage._classify_with_deepseek(["a", "b"])
    assert out == [{"title": "x"}]
