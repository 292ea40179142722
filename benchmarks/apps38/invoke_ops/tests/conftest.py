import pytest
from invoke import Config, Context, MockContext, Result

from opslib.config import OpsSettings
from tests.fakes import FakeCohere, FakeOpenAI, FakeReplicate


@pytest.fixture
def settings():
    return OpsSettings(queues=["ops.release_notes", "ops.alerts"])


@pytest.fixture
def fake_openai():
    return FakeOpenAI(reply="- fixed the thing")


@pytest.fixture
def fake_cohere():
    return FakeCohere()


@pytest.fixture
def fake_replicate():
    return FakeReplicate()


@pytest.fixture
def git_ctx():
    log = "\x1f".join(["a" * 40, "feat(api): add widgets (#12)", "ana"])
    return MockContext(run={
        "git describe --tags --abbrev=0": Result("v1.2.3\n"),
        "git log v1.2.3..HEAD --no-merges --format='%H\x1f%s\x1f%an'": Result(log + "\n"),
    })
