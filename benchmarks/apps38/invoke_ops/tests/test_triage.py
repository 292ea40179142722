from unittest import mock

from opslib import triage
from opslib.triage import AlertTriager, dedupe_key


def test_triage_parses_json(fake_cohere, tmp_path, monkeypatch):
    monkeypatch.setattr(triage, "RUNBOOK_DIR", tmp_path)
    (tmp_path / "disk.md").write_text("# Disk full\nclean up /var")
    with mock.patch.object(triage, "get_cohere", return_value=fake_cohere):
        t = AlertTriager(co=fake_cohere)
        t.runbooks = triage.load_runbooks(tmp_path)
        d = t.triage({"name": "DiskFull", "summary": "95%", "labels": {"service": "db"}})
    assert d.decision == "page"
    assert d.runbooks == ["disk"]


def test_triage_non_json_falls_back(fake_cohere):
    fake_cohere.reply = "page them!"
    t = AlertTriager(co=fake_cohere)
    t.runbooks = {}
    assert t.triage({"name": "X"}).decision == "ticket"


def test_dedupe_key():
    assert dedupe_key({"name": "A", "labels": {"service": "s", "env": "prod"}}) == "A|s|prod"


def test_mocked_cohere_client_chat():
    co = mock.MagicMock()
    co.chat.return_value.message.content = [mock.Mock(text='{"decision": "ignore"}')]
    t = AlertTriager(co=co)
    t.runbooks = {}
    assert t.triage({"name": "Y"}).decision == "ignore"
    co.chat.assert_called_once()
