"""@tracked scenarios: verify cost accounting for the tracked path."""
import asyncio

from behave import given, then, when

from app.services import TaskComplexity, multi_model_service
from app.services.llm_usage_tracker import calculate_cost, llm_tracker


@given("the usage tracker is empty")
def step_tracker_empty(context):
    assert context.tracker.logs == []


@when('I ask the multi model service "{prompt}" as a {complexity} {task_type} task')
def step_ask_service(context, prompt, complexity, task_type):
    context.last_response = asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type=task_type,
            complexity=TaskComplexity(complexity.lower()),
        )
    )


@when('I call Claude through the tracker with "{prompt}"')
def step_tracked_claude(context, prompt):
    async def _run():
        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model="claude-3-5-sonnet-20241022",
            feature_context="acceptance_tracked",
        ) as usage_log:
            msg = context.anthropic.messages.create(
                model="claude-3-5-sonnet-20241022",
                max_tokens=128,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    context.last_response = asyncio.run(_run())


@then("exactly {n:d} call was logged")
@then("exactly {n:d} calls were logged")
def step_calls_logged(context, n):
    assert len(context.tracker.logs) == n, context.tracker.logs


@then("the logged cost matches the price table")
def step_cost_matches(context):
    log = context.tracker.logs[-1]
    expected = calculate_cost(log.model, log.input_tokens, log.output_tokens)
    assert abs(log.cost_usd - expected) < 1e-9
