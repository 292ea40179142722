from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from datalingo import cli as cli_module
from datalingo.clients import Clients
from fakes import FakeAnthropic, FakeCohere, FakeOpenAI


@pytest.fixture
def fake_clients() -> Clients:
    return Clients(openai=FakeOpenAI(), anthropic=FakeAnthropic(), cohere=FakeCohere())


@pytest.fixture
def runner(monkeypatch, tmp_path, fake_clients) -> CliRunner:
    monkeypatch.setattr(cli_module, "build_clients", lambda settings: fake_clients)
    monkeypatch.setenv("DATALINGO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DATALINGO_CONFIG", str(tmp_path / "missing.toml"))
    monkeypatch.setenv("DATALINGO_USAGE_LOG", str(tmp_path / "usage.jsonl"))
    return CliRunner(mix_stderr=False)


@pytest.fixture
def reviews_jsonl(tmp_path) -> Path:
    path = tmp_path / "reviews.jsonl"
    rows = [
        {"id": 1, "text": "Sehr gute Schuhe"},
        {"id": 2, "text": "Zu klein, leider"},
        {"id": 3, "text": ""},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


@pytest.fixture
def taxonomy_file(tmp_path) -> Path:
    path = tmp_path / "taxonomy.txt"
    path.write_text("# retail\nshoes\nbags\naccessories\n")
    return path
