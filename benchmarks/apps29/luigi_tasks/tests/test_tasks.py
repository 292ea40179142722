import datetime as dt
import json

import luigi

from enrichment.tasks.blurbs import GenerateBlurbs
from enrichment.tasks.qa import JudgeBlurbs
from enrichment.onix import OnixMessage, OnixProduct


class _StaticTarget(luigi.LocalTarget):
    pass


def _write_rows(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")


def test_generate_blurbs_uses_fake(fake_clients, tmp_path, monkeypatch):
    src = tmp_path / "titles.jsonl"
    _write_rows(src, [{"isbn": "9780000000002", "title": "T", "author": "A", "year": "1999",
                       "description": "", "imprint": "Gullwing", "reviews": []}])
    out = tmp_path / "blurbs.jsonl"
    task = GenerateBlurbs(run_date=dt.date(2024, 5, 1), provider="openai")
    monkeypatch.setattr(GenerateBlurbs, "input", lambda self: _StaticTarget(str(src)))
    monkeypatch.setattr(GenerateBlurbs, "output", lambda self: _StaticTarget(str(out)))
    task.run()
    row = json.loads(out.read_text().splitlines()[0])
    assert row["blurb"] == "A gripping tale."
    assert fake_clients["openai"].chat.completions.calls


def test_judge_parses_scores(fake_clients, tmp_path, monkeypatch):
    src = tmp_path / "blurbs.jsonl"
    _write_rows(src, [{"isbn": "9780000000002", "description": "d", "blurb": "b", "blurb_source": "openai:x"}])
    out = tmp_path / "judged.jsonl"
    monkeypatch.setattr(JudgeBlurbs, "input", lambda self: _StaticTarget(str(src)))
    monkeypatch.setattr(JudgeBlurbs, "output", lambda self: _StaticTarget(str(out)))
    monkeypatch.setattr("enrichment.tasks.qa.estimate_batch_cost", lambda *a, **k: 0.01)
    JudgeBlurbs(run_date=dt.date(2024, 5, 1)).run()
    row = json.loads(out.read_text())
    assert row["accuracy"] == 4 and row["tone"] == 5


def test_onix_roundtrip():
    msg = OnixMessage.create()
    msg.add(OnixProduct.create({"isbn": "9780000000002", "title": "T", "blurb": "b"}))
    assert "<IDValue>9780000000002</IDValue>" in msg.to_xml()


def test_usage_tracker_writes_row(tmp_path):
    import asyncio

    from enrichment.services.llm_usage_tracker import LLMUsageTracker

    tracker = LLMUsageTracker(path=str(tmp_path / "usage.jsonl"))

    async def go():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="test") as usage:
            usage.input_tokens = 1000
            usage.output_tokens = 500

    asyncio.run(go())
    row = json.loads((tmp_path / "usage.jsonl").read_text())
    assert row["feature_context"] == "test"
    assert row["cost_usd"] > 0


def test_pool_leases_fake_bedrock(fake_clients):
    from enrichment.llm.pool import ClientPool

    pool = ClientPool(size=2)
    with pool.lease("bedrock") as brt:
        reply = brt.converse(modelId="x", messages=[{"role": "user", "content": [{"text": "ping"}]}])
        assert pool.size("bedrock") == 1
    assert reply["output"]["message"]["content"][0]["text"] == "pong"
    assert pool.size("bedrock") == 2
