"""Closed-book QA evals against OpenAI models."""
from __future__ import annotations

import pytest

from evals.graders import ExactMatch
from evals.graders.exact import token_f1

pytestmark = pytest.mark.needs_provider("openai")

MODELS = ["gpt-4o-mini", "gpt-4o"]


@pytest.mark.parametrize("model", MODELS)
def test_qa_exact_match(openai_client, qa_rows, model, record_score):
    if not qa_rows:
        pytest.skip("qa_golden dataset missing")
    grader = ExactMatch()
    hits = 0
    for row in qa_rows:
        resp = openai_client.chat.completions.create(
            model=model,
            temperature=0,
            max_tokens=64,
            messages=[
                {"role": "system", "content": "Answer with the shortest possible phrase."},
                {"role": "user", "content": row["question"]},
            ],
        )
        hits += grader.grade(row["answer"], resp.choices[0].message.content or "")
    score = hits / len(qa_rows)
    record_score(f"exact_match[{model}]", score)
    assert score >= 0.6


@pytest.mark.judge
def test_qa_judged(openai_client, judge, qa_rows, record_score):
    scores = []
    for row in qa_rows[:10]:
        answer = openai_client.responses.create(
            model="gpt-4o-mini",
            input=row["question"],
            max_output_tokens=300,
        ).output_text
        scores.append(judge.grade(row["question"], row["answer"], answer).score)
    mean = sum(scores) / max(len(scores), 1)
    record_score("judge_mean", mean)
    assert mean >= 3.5


def test_streaming_matches_non_streaming(openai_client):
    prompt = [{"role": "user", "content": "List the first five prime numbers, comma separated."}]
    stream = openai_client.chat.completions.create(
        model="gpt-4o-mini", messages=prompt, temperature=0, stream=True
    )
    streamed = "".join(
        chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices
    )
    assert token_f1("2, 3, 5, 7, 11", streamed) > 0.8


async def test_async_client_parallel(async_openai_client, qa_rows):
    import asyncio

    async def ask(q):
        r = await async_openai_client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": q}], max_tokens=50
        )
        return r.choices[0].message.content

    answers = await asyncio.gather(*(ask(r["question"]) for r in qa_rows[:5]))
    assert all(answers)


def test_model_available(openai_client):
    ids = {m.id for m in openai_client.models.list()}
    assert "gpt-4o-mini" in ids
