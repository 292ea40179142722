import asyncio

from behave import then, when

from app.moderation import rewrite_safely


@when('the moderation gate checks "{text}"')
def step_gate(context, text):
    context.allowed, context.categories = context.moderation.check(text)


@when('I moderate "{text}" directly')
def step_direct_moderation(context, text):
    result = context.openai.moderations.create(
        model="omni-moderation-latest",
        input=text,
    )
    context.allowed = not result.results[0].flagged


@when('I rewrite "{text}" safely')
def step_rewrite(context, text):
    context.last_response = asyncio.run(rewrite_safely(text))


@then("the text is allowed")
def step_allowed(context):
    assert context.allowed, getattr(context, "categories", None)


@then("the text is blocked")
def step_blocked(context):
    assert not context.allowed
