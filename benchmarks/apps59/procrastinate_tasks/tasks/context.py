"""Helpers to pull shared objects out of ``context.additional_context``."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from procrastinate import JobContext

if TYPE_CHECKING:
    import voyageai
    from anthropic import AsyncAnthropic
    from ibm_watsonx_ai.foundation_models import ModelInference
    from mistralai import Mistral
    from openai import AsyncOpenAI


class MissingDependency(RuntimeError):
    pass


def _get(context: JobContext, key: str) -> Any:
    extra = context.additional_context or {}
    try:
        return extra[key]
    except KeyError:
        raise MissingDependency(f"worker started without {key!r} in additional_context") from None


def openai_client(context: JobContext) -> "AsyncOpenAI":
    return _get(context, "openai")


def anthropic_client(context: JobContext) -> "AsyncAnthropic":
    return _get(context, "anthropic")


def mistral_client(context: JobContext) -> "Mistral":
    return _get(context, "mistral")


def voyage_client(context: JobContext) -> "voyageai.AsyncClient":
    return _get(context, "voyage")


def granite(context: JobContext) -> "ModelInference":
    return _get(context, "granite")


def job_tag(context: JobContext) -> str:
    job = context.job
    return f"{job.task_name}#{job.id} attempt={job.attempts}"
