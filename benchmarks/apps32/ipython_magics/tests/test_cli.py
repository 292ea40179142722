import json

from nbcopilot import cli
from nbcopilot.providers.base import Completion


class StubProvider:
    name = "stub"
    model = "stub-1"

    def complete(self, messages, system=None):
        return Completion(text="explained", model=self.model, provider=self.name)

    def stream(self, messages, system=None):
        yield "str"
        yield "eamed"


def test_ask_prints_answer(monkeypatch, capsys):
    monkeypatch.setattr(cli, "get_provider", lambda *a, **k: StubProvider())
    assert cli.main(["ask", "hello"]) == 0
    assert "explained" in capsys.readouterr().out


def test_ask_stream(monkeypatch, capsys):
    monkeypatch.setattr(cli, "get_provider", lambda *a, **k: StubProvider())
    cli.main(["ask", "-s", "hello"])
    assert "streamed" in capsys.readouterr().out


def test_annotate_adds_markdown_cells(monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "get_provider", lambda *a, **k: StubProvider())
    nb = {"cells": [{"cell_type": "code", "source": ["x = 1\n"], "metadata": {}}], "nbformat": 4}
    path = tmp_path / "a.ipynb"
    path.write_text(json.dumps(nb))
    cli.main(["annotate", str(path)])
    cells = json.loads(path.read_text())["cells"]
    assert [c["cell_type"] for c in cells] == ["code", "markdown"]
    assert cells[1]["source"] == "explained"


def test_estimate(tmp_path, capsys):
    f = tmp_path / "p.txt"
    f.write_text("hello world " * 10)
    cli.main(["estimate", str(f)])
    assert "tokens" in capsys.readouterr().out
