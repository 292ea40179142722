import json

import pytest

from qa_agent.agent.loop import Agent
from qa_agent.agent.planner import Planner
from tests.fakes import FakeAnthropic, FakeAsyncOpenAI, FakeSession


@pytest.mark.asyncio
async def test_agent_stops_on_done():
    client = FakeAsyncOpenAI([json.dumps({"type": "done", "reason": "nothing left"})])
    agent = Agent(FakeSession(), client=client, max_steps=3)
    result = await agent.run("check dashboard")
    assert result.finished
    assert client.chat.completions.calls[0]["model"] == "gpt-4o"


@pytest.mark.asyncio
async def test_agent_records_reported_bug():
    client = FakeAsyncOpenAI([
        json.dumps({"type": "report_bug", "text": "Save button does nothing", "reason": "clicked twice"}),
        json.dumps({"type": "done", "reason": "ok"}),
    ])
    agent = Agent(FakeSession(), client=client, max_steps=5)
    result = await agent.run("save settings")
    assert result.bugs and result.bugs[0]["text"] == "Save button does nothing"


@pytest.mark.asyncio
async def test_decide_sends_screenshot_to_model():
    client = FakeAsyncOpenAI([])
    agent = Agent(FakeSession(), client=client)
    await agent._decide_openai("goal", "AAAA", "outline", "plan")
    sent = client.chat.completions.calls[0]["messages"][-1]["content"]
    assert any(part["type"] == "image_url" for part in sent)


@pytest.mark.asyncio
async def test_fake_client_directly():
    client = FakeAsyncOpenAI(["{}"])
    resp = await client.chat.completions.create(model="gpt-4o", messages=[])
    assert resp.usage.prompt_tokens == 10


def test_planner_reads_rate_limit_headers():
    fake = FakeAnthropic("1. Try an empty email")
    planner = Planner(fake, model="claude-test")
    text = planner.plan("login", [])
    assert "empty email" in text
    assert planner.last_rate_limit["anthropic-ratelimit-requests-remaining"] == "49"
