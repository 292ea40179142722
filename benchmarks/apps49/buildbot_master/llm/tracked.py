"""The sanctioned path: everything new should go through here.

Platform finance asked us (PLAT-2231) to route model spend through the shared
``multi_model_service`` so costs land on the CI cost centre.  The older
backends in ``llm.backends`` are still used by a few steps; migrate them when
you touch them.
"""
import logging

from twisted.internet import defer

from devinfra_common.services.llm_usage_tracker import llm_tracker
from devinfra_common.services.multi_model_service import TaskComplexity, multi_model_service

from llm.clients import get_anthropic_client, get_async_openai_client
from llm.settings import load_settings

log = logging.getLogger(__name__)


async def summarize_tracked(prompt, task_type="ci_failure_summary", complex_=False):
    complexity = TaskComplexity.AGENTIC if complex_ else TaskComplexity.SIMPLE
    response = await multi_model_service.generate_response(
        prompt=prompt,
        task_type=task_type,
        complexity=complexity,
    )
    return response


def summarize_tracked_d(prompt, **kwargs):
    """Deferred flavour for inlineCallbacks code."""
    return defer.ensureDeferred(summarize_tracked(prompt, **kwargs))


async def anthropic_tracked(system, user, feature="ci_summary", max_tokens=800):
    settings = load_settings()
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.anthropic_model,
        feature_context=feature,
    ) as usage_log:
        msg = client.messages.create(
            model=settings.anthropic_model,
            max_tokens=max_tokens,
            system=system,
            messages=[{"role": "user", "content": user}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


async def openai_tracked(messages, feature="ci_triage", model=None):
    settings = load_settings()
    model = model or settings.openai_model
    client = get_async_openai_client()
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context=feature
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            messages=messages,
            response_format={"type": "json_object"},
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content
