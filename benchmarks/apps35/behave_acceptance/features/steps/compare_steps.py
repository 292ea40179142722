"""Vendor comparison scenarios (@compare, run weekly)."""
from behave import given, then, when

from app.registry import PROVIDERS, ask


@given("the providers {names}")
def step_providers(context, names):
    context.provider_names = [n.strip() for n in names.split(",")]
    missing = [n for n in context.provider_names if n not in PROVIDERS]
    assert not missing, f"unknown providers: {missing}"


@when('each provider answers "{prompt}"')
def step_each_answers(context, prompt):
    context.responses = [(name, ask(name, prompt)) for name in context.provider_names]
    context.last_response = context.responses[-1][1]


@when('the Groq registry client answers "{prompt}" directly')
def step_registry_groq_direct(context, prompt):
    groq_client = PROVIDERS["groq"].client
    out = groq_client.chat.completions.create(
        model=PROVIDERS["groq"].model,
        messages=[{"role": "user", "content": prompt}],
    )
    context.last_response = out.choices[0].message.content


@then("every provider answered")
def step_all_answered(context):
    empty = [name for name, text in context.responses if not (text or "").strip()]
    assert not empty, f"empty answers from {empty}"


@then("the judge scores every answer at least {score:d} on the rubric")
def step_judge_all(context, score):
    rubric = context.text or "Score 5 for a correct, concise, polite answer."
    failures = []
    for name, text in context.responses:
        verdict = context.judge.grade(rubric=rubric, answer=text)
        if verdict.score < score:
            failures.append((name, verdict.score, verdict.reason))
    assert not failures, failures
