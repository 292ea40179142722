from __future__ import annotations

from studio.services.headlines import _parse_lines, brainstorm_headlines, headline_batch
from tests.fakes import FakeOpenAICompatible


def test_parse_lines_strips_numbering_and_length():
    text = '1. Short one\n2) "Quoted"\n- ' + "x" * 100
    assert _parse_lines(text, 70) == ["Short one", "Quoted"]


async def test_brainstorm_uses_groq_client(fake_services):
    lines = await brainstorm_headlines("serverless postgres launch", n=3)
    assert lines == ["Headline one", "Headline two", "Headline three"]
    call = fake_services.groq.calls[0]
    assert call["temperature"] == 1.0


async def test_headline_batch_with_injected_client():
    client = FakeOpenAICompatible("A\nB", "C")
    result = await headline_batch(client, ["brief one", "brief two"])
    assert set(result) == {"brief one", "brief two"}
    assert len(client.calls) == 2


async def test_fake_client_records_calls():
    client = FakeOpenAICompatible("hello")
    resp = await client.chat.completions.create(model="llama-3.1-8b-instant", messages=[])
    assert resp.choices[0].message.content == "hello"
