"""Gemini evals (google-genai SDK)."""
from __future__ import annotations

import pytest
from google.genai import types

from evals.datasets.synth import SyntheticGenerator

pytestmark = pytest.mark.needs_provider("google")

MODEL = "gemini-2.0-flash"


def test_structured_output(genai_client):
    resp = genai_client.models.generate_content(
        model=MODEL,
        contents="Give me the ISO code of Japan's currency.",
        config=types.GenerateContentConfig(
            temperature=0,
            response_mime_type="application/json",
            response_schema={"type": "OBJECT", "properties": {"code": {"type": "STRING"}}},
        ),
    )
    assert resp.parsed["code"] == "JPY"


async def test_async_generate(genai_client):
    resp = await genai_client.aio.models.generate_content(
        model=MODEL, contents="Reply with the word OK."
    )
    assert "ok" in (resp.text or "").lower()


def test_multi_turn_memory(genai_client):
    chat = genai_client.chats.create(model=MODEL)
    chat.send_message("My favourite number is 42. Just acknowledge.")
    reply = chat.send_message("What is my favourite number?")
    assert "42" in (reply.text or "")


def test_embedding_dimensions(genai_client):
    result = genai_client.models.embed_content(
        model="text-embedding-004", contents=["hello world", "bonjour le monde"]
    )
    assert len(result.embeddings) == 2
    assert len(result.embeddings[0].values) == 768


def test_synthetic_paraphrases_differ(genai_client):
    gen = SyntheticGenerator(client=genai_client)
    assert gen.estimate_tokens("tax law") < 200
    paraphrases = gen.paraphrase("How do I reset my password?")
    assert len(set(paraphrases)) == len(paraphrases)


def test_models_listed(genai_client):
    names = [m.name for m in genai_client.models.list()]
    assert any(MODEL in n for n in names)


def test_streaming_chunks_concatenate(genai_client):
    pieces = []
    for chunk in genai_client.models.generate_content_stream(
        model=MODEL, contents="Write the alphabet in uppercase with no spaces."
    ):
        pieces.append(chunk.text or "")
    assert "ABCDEFGHIJKLMNOPQRSTUVWXYZ" in "".join(pieces).replace(" ", "")


@pytest.mark.parametrize(
    "threshold",
    [types.HarmBlockThreshold.BLOCK_LOW_AND_ABOVE, types.HarmBlockThreshold.BLOCK_ONLY_HIGH],
)
def test_safety_settings_do_not_block_benign(genai_client, threshold):
    resp = genai_client.models.generate_content(
        model=MODEL,
        contents="How do I bake sourdough bread?",
        config=types.GenerateContentConfig(
            safety_settings=[
                types.SafetySetting(
                    category=types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
                    threshold=threshold,
                )
            ]
        ),
    )
    assert resp.candidates and resp.candidates[0].finish_reason == types.FinishReason.STOP


def test_system_instruction_language(genai_client):
    resp = genai_client.models.generate_content(
        model=MODEL,
        contents="What colour is the sky?",
        config=types.GenerateContentConfig(system_instruction="Always answer in Portuguese."),
    )
    text = (resp.text or "").lower()
    assert "azul" in text
