import json

from writerai.config import Settings, load_settings
from writerai.tokens import calculate_cost, estimate_tokens


def test_load_settings_from_json(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"provider": "groq", "groq_api_key": "gsk", "foo": 1}))
    s = load_settings(path=str(path))
    assert s.provider == "groq"
    assert s.groq_api_key == "gsk"
    assert s.extra == {"foo": 1}


def test_model_for_defaults():
    s = Settings(provider="openai", model="gpt-4o")
    assert s.model_for() == "gpt-4o"
    assert s.model_for("anthropic").startswith("claude")


def test_cost():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert estimate_tokens("abcd" * 10) > 0


def test_tracker_records(tmp_path):
    import asyncio

    from writerai.services.llm_usage_tracker import LLMUsageTracker

    tracker = LLMUsageTracker(db_path=str(tmp_path / "u.sqlite3"))

    async def run():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini") as log:
            log.input_tokens = 5
            log.output_tokens = 7

    asyncio.run(run())
    conn = tracker._conn()
    assert conn.execute("select count(*) from llm_usage_logs").fetchone()[0] == 1
