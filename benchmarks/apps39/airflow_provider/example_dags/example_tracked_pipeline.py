"""Reference DAG showing the *preferred* way to call LLMs from Airflow.

Everything here goes through multi_model_service or is wrapped in
llm_tracker so FinOps can attribute the spend.
"""
from __future__ import annotations

import asyncio

import pendulum
from airflow.decorators import dag, task

from acme_airflow_llm.hooks.anthropic import AnthropicHook
from acme_airflow_llm.hooks.openai import OpenAIHook
from acme_airflow_llm.operators.summarize import TrackedLLMOperator
from acme_airflow_llm.utils.llm_usage_tracker import llm_tracker
from acme_airflow_llm.utils.multi_model_service import TaskComplexity, multi_model_service


@dag(schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, tags=["example", "reference"])
def example_tracked_pipeline():
    @task
    def simple_answer() -> str:
        return asyncio.run(
            multi_model_service.generate_response(
                prompt="List three risks of running Airflow without retries.",
                task_type="chat",
                complexity=TaskComplexity.SIMPLE,
            )
        )

    @task
    def deep_analysis(answer: str) -> str:
        async def _go() -> str:
            return await multi_model_service.generate_response(
                prompt=f"Critique and expand: {answer}",
                task_type="analysis",
                complexity=TaskComplexity.AGENTIC,
            )

        return asyncio.run(_go())

    @task
    def tracked_direct(analysis: str, dag=None, ti=None) -> str:
        """For when you really need an SDK feature the service doesn't expose."""

        async def _go() -> str:
            client = OpenAIHook().get_async_conn()
            async with llm_tracker.track_llm_call(
                provider="openai", model="gpt-4o", feature_context="json_extract", dag_id=dag.dag_id, task_id=ti.task_id
            ) as usage_log:
                response = await client.chat.completions.create(
                    model="gpt-4o",
                    messages=[{"role": "user", "content": f"Extract action items as JSON:\n{analysis}"}],
                    response_format={"type": "json_object"},
                )
                usage_log.input_tokens = response.usage.prompt_tokens
                usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content

        return asyncio.run(_go())

    @task
    def tracked_claude(actions: str) -> str:
        async def _go() -> str:
            claude = AnthropicHook().get_async_conn()
            async with llm_tracker.track_llm_call(provider="anthropic", model="claude-sonnet-4-5", feature_context="owners") as usage_log:
                msg = await claude.messages.create(
                    model="claude-sonnet-4-5",
                    max_tokens=512,
                    messages=[{"role": "user", "content": f"Assign owners:\n{actions}"}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            return msg.content[0].text

        return asyncio.run(_go())

    tracked_claude(tracked_direct(deep_analysis(simple_answer())))

    TrackedLLMOperator(task_id="operator_variant", prompt="Say hello to the on-call engineer.", complexity="moderate")


example_tracked_pipeline()
