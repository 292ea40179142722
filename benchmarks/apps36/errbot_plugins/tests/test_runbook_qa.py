import os

from answerer import RunbookAnswerer
from fakes import FakeCohere, FakeOpenAI
from lib.retrieval import RunbookIndex, split_sections


def _write(tmp_path, name, body):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_split_sections_respects_headings():
    md = "# Title\nintro\n## Restart\nsteps\n## Rollback\nmore"
    sections = list(split_sections(md))
    assert len(sections) == 3
    assert sections[1].startswith("## Restart")


def test_index_rebuild_and_retrieve(tmp_path):
    _write(tmp_path, "kafka.md", "# Kafka\n## Lag\nrestart consumer\n")
    _write(tmp_path, "db.md", "# Database\n## Failover\nrun failover.sh\n")
    index = RunbookIndex(client=FakeCohere())
    assert index.rebuild(str(tmp_path)) == 5
    hits = index.retrieve("consumer lag", top_n=2)
    assert len(hits) == 2


def test_answerer_with_fake_client():
    fake = FakeOpenAI(reply="Restart the consumer [Kafka]")
    answerer = RunbookAnswerer(fake, model="gpt-test")
    from lib.retrieval import Passage

    ans = answerer.answer("lag?", [Passage("kafka.md", "Kafka", "restart consumer")])
    assert ans.text.startswith("Restart")
    assert ans.sources == ["kafka.md"]
    assert fake.calls[0]["model"] == "gpt-test"


def test_answerer_moderation():
    assert RunbookAnswerer(FakeOpenAI(flagged=True)).is_flagged("bad") is True
