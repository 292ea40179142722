"""behave fixtures (see `use_fixture` in environment.py)."""
from __future__ import annotations

import os

import anthropic
import boto3
from behave import fixture
from openai import AzureOpenAI, OpenAI

from app.retrieval import Embedder, InMemoryIndex, Retriever
from app.services.llm_usage_tracker import llm_tracker
from features.support.judge import LLMJudge

KB_DOCS = {
    "kb-001": "Refunds are issued to the original card within 5-7 business days.",
    "kb-002": "To reset your password, open Settings > Security and choose Reset.",
    "kb-003": "The Pro plan costs $49 per seat per month, billed annually.",
    "kb-004": "Exports are limited to 10,000 rows on the Starter plan.",
    "kb-005": "Two-factor authentication supports TOTP apps and hardware keys.",
    "kb-006": "Invoices can be downloaded as PDF from Billing > History.",
}


@fixture
def judge_client(context, *args, **kwargs):
    if os.environ.get("JUDGE_USE_AZURE") == "1":
        client = AzureOpenAI(
            azure_endpoint=os.environ["JUDGE_AZURE_ENDPOINT"],
            api_key=os.environ["JUDGE_AZURE_KEY"],
            api_version="2024-10-21",
        )
        model = os.environ.get("JUDGE_AZURE_DEPLOYMENT", "judge-gpt4o")
    else:
        client = OpenAI(api_key=os.environ.get("JUDGE_OPENAI_API_KEY"))
        model = os.environ.get("JUDGE_MODEL", "gpt-4o")
    context.judge = LLMJudge(
        client,
        model=model,
        anthropic_client=anthropic.Anthropic(),
    )
    yield context.judge
    client.close()


@fixture
def seeded_retriever(context, *args, **kwargs):
    embedder = Embedder()
    retriever = Retriever(embedder, InMemoryIndex())
    retriever.ingest(KB_DOCS)
    context.retriever = retriever
    yield retriever
    retriever.index.passages.clear()


@fixture
def bedrock_runtime(context, region: str = "us-east-1", *args, **kwargs):
    session = boto3.Session(profile_name=os.environ.get("AWS_PROFILE"))
    context.bedrock = session.client("bedrock-runtime", region_name=region)
    yield context.bedrock


@fixture
def clean_tracker(context, *args, **kwargs):
    llm_tracker.reset()
    context.tracker = llm_tracker
    yield llm_tracker
    llm_tracker.reset()
