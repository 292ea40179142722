from datetime import date

from behave import given, then, when

from app.digest import DigestBuilder
from app.legacy.openai_v1_helpers import quick_complete
from app.models import Conversation


@given("{n:d} escalated conversations")
def step_escalations(context, n):
    context.escalations = []
    for i in range(n):
        conv = Conversation(id=f"esc-{i}")
        conv.append("user", f"Ticket {i}: the export keeps failing with error E{i}42")
        conv.append("assistant", "I've escalated this to engineering.")
        context.escalations.append(conv)


@when("the nightly digest is built")
def step_build_digest(context):
    context.digest = DigestBuilder(max_workers=2).build(date(2024, 11, 5), context.escalations)
    context.last_response = context.digest.render()


@when("titles are triaged")
def step_triage(context):
    context.titles = DigestBuilder().triage_titles(context.escalations)


@when('the legacy helper completes "{prompt}"')
def step_legacy_complete(context, prompt):
    context.last_response = quick_complete(prompt, max_tokens=50)


@then("the digest has {n:d} items")
def step_digest_items(context, n):
    assert len(context.digest.items) == n


@then("every title is at most {n:d} words")
def step_titles(context, n):
    assert all(len(t.split()) <= n for t in context.titles), context.titles
