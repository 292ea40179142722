from types import SimpleNamespace
from unittest import mock

from app.export import ExportJob, render_markdown, run_export
from app.models import Note


def test_markdown_front_matter():
    note = Note(title="Groceries", body="- milk", tags=["home"])
    out = render_markdown(note, summary="A list.")
    assert out.startswith("---\n")
    assert 'description: "A list."' in out


def test_run_export_with_fake_llm(tmp_path):
    llm = mock.Mock()
    llm.generate_content.return_value = SimpleNamespace(text=" Short. ")
    notes = [Note(title="A b", body="x"), Note(title="C", body="y")]
    job = ExportJob.create(notes, "md", tmp_path, with_summary=True)
    paths = run_export(job, llm=llm)
    assert [p.name for p in paths] == ["a-b.md", "c.md"]
    assert llm.generate_content.call_count == 2
    assert "Short." in paths[0].read_text()


def test_html_export(tmp_path):
    job = ExportJob.create([Note(title="T", body="# hi")], "html", tmp_path)
    (path,) = run_export(job)
    assert "<h1>hi</h1>" in path.read_text()
