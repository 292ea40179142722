from toolkit.evals.runner import EvalRunner

SPEC = {
    "system": "Answer briefly.",
    "template": "{question}",
    "cases": [
        {"id": "capital", "vars": {"question": "Capital of France?"}, "expected": "Paris"},
        {"id": "math", "vars": {"question": "2+2?"}, "expected": "4"},
    ],
}


def test_runner_scores_with_fake_openai(ctx):
    runner = EvalRunner(ctx, "gpt-4o-mini", metric="contains")
    results = runner.run(SPEC)
    assert [r.score for r in results] == [1.0, 1.0]
    assert ctx.openai.calls[0]["messages"][0]["role"] == "system"


def test_summarize_counts_tokens(ctx):
    results = EvalRunner(ctx, "gpt-4o-mini").run(SPEC)
    summary = EvalRunner.summarize(results)
    assert summary["n"] == 2
    assert summary["prompt_tokens"] == 20


def test_fake_client_direct(fake_openai):
    resp = fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert resp.choices[0].message.content == "Paris"
