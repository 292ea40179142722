from __future__ import annotations

import asyncio

import pytest

from querysh.formatting import extract_sql
from querysh.session import Session
from conftest import FakeAnthropic, FakeOpenAI, run_cmd


def test_query_prints_rows(app):
    out, err = run_cmd(app, "query SELECT n FROM t ORDER BY n")
    assert "(5 rows" in out
    assert not err


def test_gensql_uses_openai_client(app, fake_openai):
    out, _ = run_cmd(app, "gensql total of doubled")
    assert "SELECT 1;" in out
    call = fake_openai.chat.completions.calls[0]
    assert call["temperature"] == 0
    assert "CREATE TABLE t" in call["messages"][1]["content"]


def test_explain_long_uses_claude(app, fake_anthropic):
    run_cmd(app, "query SELECT * FROM t")
    out, _ = run_cmd(app, "explain --long")
    assert "Looks fine." in out
    assert fake_anthropic.messages.calls[0]["max_tokens"] == 2048


def test_explain_without_result(app):
    app.db.last_result = None
    _, err = run_cmd(app, "explain")
    assert "run a query first" in err


def test_ask_goes_through_backend(app):
    out, _ = run_cmd(app, "ask what is a window function")
    assert "fake answer" in out
    assert app.llm.prompts == ["what is a window function"]


def test_backend_settable_rejects_unknown(app):
    _, err = run_cmd(app, "set backend llama")
    assert "llama" in err or app.backend != "llama"


def test_moderation_blocks(monkeypatch, app):
    flagged = FakeOpenAI(flagged=True)
    app.openai = flagged
    app.settings.moderate_prompts = True
    # the hook closes over `app`, so swapping the attribute is enough
    _, err = run_cmd(app, "ask something nasty")
    assert "moderation" in err


def test_fake_client_records_calls():
    client = FakeOpenAI(["a", "b"])
    first = client.chat.completions.create(model="gpt-4o-mini", messages=[])
    second = client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert [first.choices[0].message.content, second.choices[0].message.content] == ["a", "b"]


def test_fake_anthropic_defaults():
    claude = FakeAnthropic()
    msg = claude.messages.create(model="x", max_tokens=5, messages=[])
    assert msg.content[0].text == "ok"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("```sql\nselect 1\n```", "select 1;"),
        ("SELECT 2;", "SELECT 2;"),
        ("Here:\n```\nselect 3;\n```", "select 3;"),
    ],
)
def test_extract_sql(text, expected):
    assert extract_sql(text) == expected


def test_session_roundtrip(tmp_path):
    session = Session.create("abc")
    session.add("sql", "select 1")
    session.add("llm", "one", prompt="what")
    path = session.save(tmp_path)
    loaded = Session.load("abc", tmp_path)
    assert path.exists()
    assert loaded.last_sql() == "select 1"
    assert loaded.llm_context() == [{"role": "user", "content": "what"}, {"role": "assistant", "content": "one"}]


def test_tracked_service_records_usage(monkeypatch, tmp_path):
    from querysh.services import llm_usage_tracker, multi_model_service as mms
    from conftest import FakeBackend

    tracker = llm_usage_tracker.LLMUsageTracker(tmp_path / "usage.jsonl")
    monkeypatch.setattr(mms, "llm_tracker", tracker)
    service = mms.MultiModelService()
    monkeypatch.setattr(service, "_backend", lambda name: FakeBackend("tracked"))
    text = asyncio.run(service.generate_response(prompt="hi", task_type="chat"))
    assert text == "tracked"
    assert (tmp_path / "usage.jsonl").read_text().count("\n") == 1
