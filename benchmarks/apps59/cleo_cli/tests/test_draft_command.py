from __future__ import annotations

from cleo.testers.command_tester import CommandTester


def test_draft_writes_output(app, fakes, tmp_path):
    outline = tmp_path / "outline.txt"
    outline.write_text("- install\n- configure")
    out = tmp_path / "page.md"

    tester = CommandTester(app.find("draft"))
    status = tester.execute(f'"Getting started" --outline {outline} --output {out}')

    assert status == 0
    assert out.read_text() == "Drafted text"
    call = fakes["openai"].chat.completions.calls[0]
    assert call["model"] == "gpt-4o"


def test_draft_requires_outline(app):
    tester = CommandTester(app.find("draft"))
    assert tester.execute('"Title"') == 2
    assert "--outline is required" in tester.io.fetch_error()


def test_polish_pass_uses_fallback_model(app, fakes, tmp_path):
    outline = tmp_path / "o.txt"
    outline.write_text("x")
    tester = CommandTester(app.find("draft"))
    tester.execute(f'"T" --outline {outline} --polish')
    models = [c["model"] for c in fakes["openai"].chat.completions.calls]
    assert models == ["gpt-4o", "gpt-4o-mini"]
