from types import SimpleNamespace

from listeners import failure_summary
from tests.fakes import FakeMistral


def _test(name, failed=True, message="boom"):
    data = SimpleNamespace(name=name, parent=SimpleNamespace(longname="Suite"))
    result = SimpleNamespace(failed=failed, message=message, tags=["smoke"])
    return data, result


def test_listener_writes_summary(tmp_path, monkeypatch):
    fake = FakeMistral(content="- login broken")
    monkeypatch.setattr(failure_summary, "get_mistral_client", lambda: fake)
    listener = failure_summary.FailureSummaryListener()
    listener.output_file(str(tmp_path / "output.xml"))
    listener.end_test(*_test("A"))
    listener.end_test(*_test("B", failed=False))
    listener.close()
    assert (tmp_path / "failure-summary.md").read_text() == "- login broken"
    assert "A" in fake.sent[0]["messages"][1]["content"]


def test_listener_survives_errors(tmp_path, monkeypatch):
    class Broken:
        class chat:
            @staticmethod
            def complete(**kwargs):
                raise RuntimeError("429")

    monkeypatch.setattr(failure_summary, "get_mistral_client", lambda: Broken())
    listener = failure_summary.FailureSummaryListener()
    listener.output_file(str(tmp_path / "output.xml"))
    listener.end_test(*_test("A"))
    listener.close()
    assert "Could not summarise" in (tmp_path / "failure-summary.md").read_text()
