import pytest

from opsbot.main import OpsBotTest

from fakes import FakeBundle


@pytest.fixture
def fake_llm():
    return FakeBundle()


@pytest.fixture
def make_app(fake_llm):
    def _make(argv):
        app = OpsBotTest(argv=argv)
        app.setup()
        app.extend("llm", fake_llm)
        return app

    return _make


@pytest.fixture
def logfile(tmp_path):
    p = tmp_path / "app.log"
    p.write_text(
        "2024-05-01T10:00:00 INFO started\n"
        "2024-05-01T10:00:01 ERROR db pool exhausted\n"
        "2024-05-01T10:00:02 ERROR db pool exhausted\n"
    )
    return p
