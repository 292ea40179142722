"""Contracts dropped into S3 by the legal intake form -> extracted fields."""
from __future__ import annotations

import io
import json
import logging
from typing import Iterator, Sequence

import boto3
import dlt
from dlt.sources.filesystem import filesystem, read_csv  # noqa: F401  (read_csv used by legacy intake)
from pypdf import PdfReader

from enrichment import extract_contract_fields, extract_with_bedrock, get_bedrock_runtime
from enrichment import settings
from models.schemas import ContractFields

logger = logging.getLogger(__name__)

EU_PREFIXES = ("emea/", "dach/")

# Bedrock client for the Titan/Claude "invoke_model" path that predates the
# converse API.  TODO(ana): move to enrichment.clients once #212 lands.
bedrock = boto3.client("bedrock-runtime", region_name="us-west-2")


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


@dlt.transformer(name="contract_texts", primary_key="document_key")
def contract_texts(files: Sequence[dict]) -> Iterator[dict]:
    for file_item in files:
        with file_item.open() as fh:
            text = _pdf_text(fh.read())
        yield {"document_key": file_item["relative_path"], "text": text, "size": file_item["size_in_bytes"]}


@dlt.transformer(name="contract_fields", primary_key="document_key", write_disposition="merge")
def contract_fields(docs: Sequence[dict], extractor: str = "anthropic"):
    for doc in docs:
        if doc["document_key"].startswith(EU_PREFIXES):
            fields = extract_with_bedrock(doc["text"])
            used = "bedrock"
        elif extractor == "bedrock-legacy":
            fields = _legacy_invoke(doc["text"])
            used = extractor
        else:
            fields = extract_contract_fields(doc["text"])
            used = "anthropic"
        yield ContractFields(document_key=doc["document_key"], extractor=used, **fields).model_dump(mode="json")


def _legacy_invoke(text: str) -> dict:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 800,
        "messages": [{
            "role": "user",
            "content": "Return JSON with counterparty, effective_date, renewal_date, annual_value_usd, "
                       "auto_renews, governing_law for this contract:\n\n" + text[:80_000],
        }],
    }
    resp = bedrock.invoke_model(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    try:
        from enrichment.extract import parse_bedrock_json

        return parse_bedrock_json(resp["body"].read())
    except (KeyError, ValueError):
        logger.exception("legacy extraction returned unparseable body")
        return {}


@dlt.transformer(name="contract_risk_flags", primary_key="document_key")
def contract_risk_flags(docs: Sequence[dict]):
    runtime = get_bedrock_runtime()
    for doc in docs:
        resp = runtime.converse(
            modelId=settings.bedrock_model_id(),
            messages=[{
                "role": "user",
                "content": [{"text": "List any unusual liability or indemnity terms, one per line:\n\n" + doc["text"][:60_000]}],
            }],
            inferenceConfig={"maxTokens": 400, "temperature": 0.2},
        )
        text = resp["output"]["message"]["content"][0]["text"]
        usage = resp["usage"]
        yield {
            "document_key": doc["document_key"],
            "flags": [line.strip("- ").strip() for line in text.splitlines() if line.strip()],
            "tokens": usage["totalTokens"],
        }


@dlt.source(name="contracts")
def contracts_source(bucket_url: str = dlt.config.value, extractor: str = dlt.config.value):
    files = filesystem(bucket_url=bucket_url, file_glob="**/*.pdf")
    files.apply_hints(incremental=dlt.sources.incremental("modification_date"))
    texts = files | contract_texts
    return texts | contract_fields(extractor=extractor), texts | contract_risk_flags
