"""docs-uploaded SQS queue (S3 ObjectCreated notifications) -> summaries."""
from __future__ import annotations

import asyncio
import json
import urllib.parse
from typing import Any, Dict, List

import llm.bedrock as br
from core.consumer import Consumer, HandlerError, Message, handles
from core.services import Services
from core.settings import settings
from shared.text import chunk_words, join_nonempty

DOC_TYPES = ("contract", "invoice", "policy", "report", "other")

SECTION_PROMPT = "Summarise this section of a business document in 3 sentences:\n\n{section}"


def _records(message: Message) -> List[Dict[str, Any]]:
    body = message.value
    if "Message" in body:  # delivered through SNS
        body = json.loads(body["Message"])
    return body.get("Records", [])


@handles("docs-uploaded")
class DocumentUploadedHandler(Consumer):
    max_attempts = 2

    def classify(self, text: str) -> str:
        response = Services.bedrock.converse_stream(
            modelId=settings.aws.bedrock_model_id,
            system=[{"text": "Classify the document. Answer with one of: " + ", ".join(DOC_TYPES)}],
            messages=[{"role": "user", "content": [{"text": text[:6000]}]}],
            inferenceConfig={"maxTokens": 10, "temperature": 0},
        )
        label = str(br.collect_stream(response)["text"]).strip().lower()
        return label if label in DOC_TYPES else "other"

    async def summarise_section(self, section: str) -> str:
        response = await asyncio.to_thread(
            br.runtime().converse_stream,
            modelId=settings.aws.bedrock_model_id,
            messages=[{"role": "user", "content": [{"text": SECTION_PROMPT.format(section=section)}]}],
            inferenceConfig={"maxTokens": 300, "temperature": 0.2},
        )
        return str(br.collect_stream(response)["text"])

    async def handle(self, message: Message) -> None:
        for record in _records(message):
            bucket = record["s3"]["bucket"]["name"]
            key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
            if not key.endswith(".txt"):
                continue
            obj = await asyncio.to_thread(Services.s3.get_object, Bucket=bucket, Key=key)
            text = obj["Body"].read().decode("utf-8", errors="replace")
            if not text.strip():
                raise HandlerError(f"empty document s3://{bucket}/{key}")
            doc_type = await asyncio.to_thread(self.classify, text)
            sections = chunk_words(text, max_words=900)[:8]
            summaries = await asyncio.gather(*(self.summarise_section(s) for s in sections))
            Services.s3.put_object(
                Bucket=settings.aws.documents_bucket,
                Key=f"summaries/{key}.json",
                Body=json.dumps({"type": doc_type, "summary": join_nonempty(summaries)}).encode(),
                ContentType="application/json",
            )
