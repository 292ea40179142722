"""behave hooks.

Clients are created once in before_all and hung on ``context`` so steps can
share them; per-feature/per-scenario state is reset in the narrower hooks.
Run offline with ``behave -D offline=1`` to use the fakes.
"""
from __future__ import annotations

import logging
import os

import cohere
from anthropic import Anthropic
from behave import use_fixture
from groq import Groq
from openai import AzureOpenAI, OpenAI

from app.classifier import IntentClassifier
from app.clients import get_bedrock_runtime, reset_clients
from app.moderation import ModerationGate
from app.summarizer import SummarizerService
from features.support import fakes
from features.support.fixtures import bedrock_runtime, clean_tracker, judge_client, seeded_retriever
from features.support.reporting import write_report

log = logging.getLogger("acceptance")


def _offline(context) -> bool:
    return context.config.userdata.getbool("offline", False)


def before_all(context):
    logging.basicConfig(level=context.config.userdata.get("log_level", "INFO"))
    context.offline = _offline(context)
    context.model_under_test = context.config.userdata.get("model", "gpt-4o-mini")
    if context.offline:
        context.openai = fakes.FakeOpenAI()
        context.azure = fakes.FakeOpenAI()
        context.anthropic = fakes.FakeAnthropic()
        context.cohere = fakes.FakeCohere()
        context.groq = fakes.FakeOpenAI(replies=["billing"])
        return
    context.openai = OpenAI()
    context.azure = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-10-21"),
    )
    context.anthropic = Anthropic()
    context.cohere = cohere.ClientV2()
    context.groq = Groq()
    log.info("acceptance run against live providers (model=%s)", context.model_under_test)


def before_feature(context, feature):
    reset_clients()
    if "judge" in feature.tags and not context.offline:
        use_fixture(judge_client, context)
    if "retrieval" in feature.tags and not context.offline:
        use_fixture(seeded_retriever, context)
    context.summarizer = SummarizerService(client=context.anthropic, fallback=context.azure)
    context.classifier = IntentClassifier(client=context.groq)
    context.moderation = ModerationGate(client=context.openai)


def before_scenario(context, scenario):
    context.responses = []
    context.last_response = None
    context.conversation = None
    if "bedrock" in scenario.effective_tags:
        if context.offline:
            context.bedrock = fakes.FakeBedrockRuntime()
        else:
            use_fixture(bedrock_runtime, context, region=os.environ.get("AWS_REGION", "us-east-1"))
    if "tracked" in scenario.effective_tags:
        use_fixture(clean_tracker, context)


def before_tag(context, tag):
    if tag == "slow" and context.config.userdata.getbool("skip_slow", False):
        context.scenario.skip("slow scenarios disabled")


def after_scenario(context, scenario):
    if scenario.status == "failed" and context.last_response is not None:
        log.error("last model response: %r", context.last_response)


def after_all(context):
    try:
        path = write_report(context, context.config.userdata.get("report_dir", "reports"))
        log.info("acceptance report written to %s", path)
    except OSError as exc:  # read-only CI workspace
        log.warning("could not write report: %s", exc)
    judge = getattr(context, "judge", None)
    if judge is not None:
        log.info("judge mean score: %.2f over %d verdicts", judge.mean_score(), len(judge.history))
    if not getattr(context, "offline", True):
        # warm runtime is process-wide; close the cached one too
        get_bedrock_runtime().close()
