from __future__ import annotations

import os

os.environ.setdefault("LUMEN_BROKER", "memory")

import pytest  # noqa: E402

from app.config import get_settings  # noqa: E402
from app.services.content_store import Lesson  # noqa: E402
from tests.fakes import FakeAnthropic, FakeOpenAI, FakeStore, FakeVoyage  # noqa: E402
from workers.broker import broker  # noqa: E402


@pytest.fixture
def lessons() -> dict[str, Lesson]:
    return {
        "l1": Lesson(
            id="l1",
            course_id="c1",
            title="Photosynthesis",
            body="Plants convert light into chemical energy.\n\n**Chlorophyll** absorbs light. "
            "The **Calvin cycle** fixes carbon.\n\nOxygen is a by-product.",
        ),
    }


@pytest.fixture
async def worker_state(lessons):
    """Populate broker.state the way workers.lifecycle does, but with fakes."""
    broker.state.openai = FakeOpenAI()
    broker.state.deepseek = FakeOpenAI(reply='{"extra": ["Mitochondria", "Ribosome"]}')
    broker.state.anthropic = FakeAnthropic()
    broker.state.voyage = FakeVoyage()
    broker.state.store = FakeStore(lessons)
    broker.state.settings = get_settings()
    await broker.startup()
    yield broker.state
    await broker.shutdown()
