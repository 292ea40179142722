import asyncio

from behave import then, when

from app.summarizer import summarize_tracked


@when("the agent requests a summary")
def step_request_summary(context):
    summary = context.summarizer.summarize(context.conversation)
    context.summary = summary
    context.last_response = summary.text


@when("the agent requests a tracked summary")
def step_request_tracked_summary(context):
    context.last_response = asyncio.run(summarize_tracked(context.conversation))


@when("the agent streams a summary")
def step_stream_summary(context):
    context.last_response = "".join(context.summarizer.stream_summary(context.conversation))


@when("I summarize it directly with Claude")
def step_direct_claude(context):
    msg = context.anthropic.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=300,
        system="Summarize this support conversation in two sentences.",
        messages=[{"role": "user", "content": context.conversation.transcript()}],
    )
    context.last_response = msg.content[0].text


@then("the summary is graded at least {score:d} for faithfulness")
def step_grade_faithfulness(context, score):
    verdict = context.judge.grade(
        rubric=(
            "Score 5 if every statement in the summary is supported by the transcript, "
            "1 if it invents facts (order numbers, dates, amounts)."
        ),
        answer=context.last_response,
        reference=context.conversation.transcript(),
    )
    assert verdict.score >= score, verdict.reason


@then("the summary used fewer than {n:d} output tokens")
def step_output_tokens(context, n):
    assert context.summary.output_tokens < n
