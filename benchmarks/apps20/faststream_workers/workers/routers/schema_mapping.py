"""Column mapping suggestions for new source onboarding."""
from __future__ import annotations

import json

import litellm
import structlog
from faststream.kafka import KafkaRouter
from xai_sdk.chat import system, user

from workers.deps import XAIClient
from workers.schemas import SchemaMappingJob
from workers.services.llm_usage_tracker import llm_tracker
from workers.services.multi_model_service import TaskComplexity, multi_model_service
from workers.settings import settings

log = structlog.get_logger(__name__)

router = KafkaRouter(prefix="de.schema.")

MAPPING_SYSTEM = "Map source columns to target columns. Reply with JSON {\"source\": \"target\"}."


def _prompt(job: SchemaMappingJob) -> str:
    return (
        f"Source: {job.source_columns}\nTarget: {job.target_columns}\n"
        f"Sample: {json.dumps(job.sample_rows[:5], default=str)}"
    )


@router.subscriber("mapping.requested", group_id="schema-mapper")
@router.publisher("de.schema.mapping.proposed")
async def propose_mapping(job: SchemaMappingJob) -> dict:
    raw = await multi_model_service.generate_response(
        prompt=_prompt(job),
        task_type="field_mapping",
        complexity=TaskComplexity.AGENTIC,
        system=MAPPING_SYSTEM,
        response_format={"type": "json_object"},
    )
    return {"job_id": job.job_id, "mapping": json.loads(raw)}


@router.subscriber("mapping.requested.legacy", group_id="schema-mapper")
@router.publisher("de.schema.mapping.proposed")
async def propose_mapping_legacy(job: SchemaMappingJob) -> dict:
    model = settings.llm.fallback_models[0]
    async with llm_tracker.track_llm_call(provider="litellm", model=model, feature_context="schema_mapping") as usage_log:
        response = await litellm.acompletion(
            model=model,
            messages=[{"role": "system", "content": MAPPING_SYSTEM}, {"role": "user", "content": _prompt(job)}],
            fallbacks=settings.llm.fallback_models[1:],
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return {"job_id": job.job_id, "mapping": json.loads(response.choices[0].message.content)}


@router.subscriber("mapping.validate", group_id="schema-mapper")
async def validate_mapping(body: dict) -> dict:
    # TODO(DE-431): move to multi_model_service once it supports n>1
    response = await litellm.acompletion(
        model="gpt-4o-mini",
        n=3,
        messages=[
            {"role": "system", "content": "Is this column mapping correct? Answer yes/no + reason."},
            {"role": "user", "content": json.dumps(body["mapping"])},
        ],
    )
    votes = [c.message.content.lower().startswith("yes") for c in response.choices]
    return {"job_id": body["job_id"], "approved": sum(votes) >= 2}


@router.subscriber("mapping.second_opinion", group_id="schema-mapper")
async def grok_second_opinion(job: SchemaMappingJob, xai: XAIClient) -> dict:
    chat = xai.chat.create(model=settings.llm.grok_model, temperature=0)
    chat.append(system(MAPPING_SYSTEM))
    chat.append(user(_prompt(job)))
    response = await chat.sample()
    return {"job_id": job.job_id, "grok": response.content}
