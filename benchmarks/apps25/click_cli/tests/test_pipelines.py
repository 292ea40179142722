"""Translation, summary and tagging: pipelines plus the click commands on top."""
from __future__ import annotations

import json
from types import SimpleNamespace
from unittest import mock

from datalingo.cli import cli
from datalingo.pipelines import summary
from datalingo.pipelines.tagging import TagSuggester, parse_tags, tag_with_litellm
from datalingo.pipelines.translation import Translator
from fakes import FakeAnthropic, FakeCohere, FakeOpenAI


def test_summarise_command(runner, reviews_jsonl, fake_clients, tmp_path):
    out = tmp_path / "s.jsonl"
    result = runner.invoke(cli, ["summarise", str(reviews_jsonl), "-f", "text", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[0]["summary"].startswith("summary of")
    assert rows[2]["summary"] == ""


def test_map_reduce_calls_reduce_once(monkeypatch):
    client = FakeAnthropic()
    monkeypatch.setattr(summary, "split_into_chunks", lambda text: ["a", "b", "c"])
    summary.summarise_document(client, "long text", max_words=20)
    # 3 map calls + 1 reduce
    assert len(client.calls) == 4


def test_summarise_tracked_goes_through_service(runner, reviews_jsonl, tmp_path):
    fake = mock.AsyncMock(return_value="tracked summary")
    with mock.patch("datalingo.commands.summarise.multi_model_service.generate_response", fake):
        result = runner.invoke(cli, ["summarise-tracked", str(reviews_jsonl), "-f", "text"])
    assert result.exit_code == 0, result.stderr
    assert fake.await_count == 3


def test_anthropic_mock_shape():
    client = mock.MagicMock()
    client.messages.create.return_value = SimpleNamespace(
        content=[SimpleNamespace(type="text", text="ok")], usage=SimpleNamespace(input_tokens=1, output_tokens=1)
    )
    assert summary.summarise_chunk(client, "x", 10) == "ok"
    client.messages.create.assert_called_once()


def test_parse_tags_filters_unknown():
    assert parse_tags('{"tags": ["shoes", "cars"], "confidence": 0.8}', {"shoes"}) == {
        "tags": ["shoes"],
        "confidence": 0.8,
    }


def test_parse_tags_handles_fences():
    assert parse_tags('```json\n{"tags": ["bags"]}\n```', {"bags"})["tags"] == ["bags"]


def test_suggester_skips_rerank_for_small_taxonomy():
    co = FakeCohere(tags=["bags"])
    result = TagSuggester(co, ["bags", "shoes"]).suggest("leather tote")
    assert result["tags"] == ["bags"]
    assert co.calls == ["chat"]


def test_tag_command_cohere(runner, reviews_jsonl, taxonomy_file):
    result = runner.invoke(
        cli, ["tag", str(reviews_jsonl), "-c", "text", "--taxonomy", str(taxonomy_file)]
    )
    assert result.exit_code == 0, result.stderr
    assert '"shoes"' in result.output


@mock.patch("datalingo.pipelines.tagging.litellm")
def test_tag_with_litellm(mock_litellm):
    mock_litellm.completion.return_value.choices = [
        mock.Mock(message=mock.Mock(content='{"tags": ["shoes"], "confidence": 1}'))
    ]
    out = tag_with_litellm(["running shoes"], ["shoes", "bags"])
    assert out == [{"tags": ["shoes"], "confidence": 1.0}]
    mock_litellm.completion.assert_called_once()


# --- translate ---------------------------------------------------------------------


def test_translate_writes_new_column(runner, reviews_jsonl, fake_clients, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(cli, ["translate", str(reviews_jsonl), "-c", "text", "-t", "en", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[0]["text_en"] == "[translated] Sehr gute Schuhe"
    assert len(fake_clients.openai.calls) == 3


def test_translate_uses_cache_on_second_run(runner, reviews_jsonl, fake_clients, tmp_path):
    out = tmp_path / "out.jsonl"
    args = ["translate", str(reviews_jsonl), "-c", "text", "-o", str(out)]
    runner.invoke(cli, args)
    runner.invoke(cli, args)
    assert len(fake_clients.openai.calls) == 3


def test_dry_run_makes_no_calls(runner, reviews_jsonl, fake_clients):
    result = runner.invoke(cli, ["--dry-run", "translate", str(reviews_jsonl), "-c", "text"])
    assert "would translate 3 rows" in result.output
    assert fake_clients.openai.calls == []


def test_translator_glossary_in_system_prompt():
    client = FakeOpenAI()
    tr = Translator(client, "gpt-4o-mini", "de", glossary={"sneaker": "Sneaker"})
    result = tr.translate_one("nice sneaker")
    assert result.translation == "[translated] nice sneaker"
    system = client.calls[0]["messages"][0]["content"]
    assert "sneaker -> Sneaker" in system


def test_fake_client_direct():
    client = FakeOpenAI(responder=lambda t: t.upper())
    resp = client.chat.completions.create(model="x", messages=[{"role": "user", "content": "hi"}])
    assert resp.choices[0].message.content == "HI"
