from apps.helpdesk.services.drafting import Drafter, OpenAIDrafter, make_drafter

from .fakes import FakeAnthropic, FakeLLMFixture, FakeOpenAI


def test_anthropic_drafter(fake_anthropic, ticket):
    d = Drafter(fake_anthropic, model="claude-test")
    result = d.draft(ticket, [{"id": 1, "title": "VPN", "text": "Restart the client"}])
    assert result.text == "Hello from Claude"
    sent = fake_anthropic.messages.create.calls[0]
    assert sent["model"] == "claude-test"
    assert "[KB-1]" in sent["messages"][0]["content"]


def test_openai_drafter_uses_responses_api(fake_openai, ticket):
    d = OpenAIDrafter(fake_openai, model="gpt-test")
    assert d.draft(ticket).text == "ok"
    assert fake_openai.responses.create.calls[0]["model"] == "gpt-test"


def test_make_drafter_uses_fixture(ticket):
    llm = FakeLLMFixture(anthropic=FakeAnthropic(text="hi"), openai=FakeOpenAI())
    assert make_drafter(llm, "anthropic").draft(ticket).text == "hi"
    assert isinstance(make_drafter(llm, "openai"), OpenAIDrafter)


def test_fake_shape_matches_sdk():
    fake = FakeAnthropic()
    msg = fake.messages.create(model="m", max_tokens=1, messages=[])
    assert msg.usage.output_tokens == 7
