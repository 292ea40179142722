"""Question answering over the Bedrock Knowledge Base."""
import logging

import boto3

from chalicelib.config import settings
from chalicelib.providers import get_provider

logger = logging.getLogger(__name__)

bedrock_agent = boto3.client("bedrock-agent-runtime", region_name=settings.bedrock_region)

KB_MODEL_ARN = (
    f"arn:aws:bedrock:{settings.bedrock_region}::foundation-model/"
    f"{settings.default_bedrock_model}"
)


def answer_from_kb(question: str, session_id: str | None = None, top_k: int = 5) -> dict:
    kwargs = {}
    if session_id:
        kwargs["sessionId"] = session_id
    resp = bedrock_agent.retrieve_and_generate(
        input={"text": question},
        retrieveAndGenerateConfiguration={
            "type": "KNOWLEDGE_BASE",
            "knowledgeBaseConfiguration": {
                "knowledgeBaseId": settings.knowledge_base_id,
                "modelArn": KB_MODEL_ARN,
                "retrievalConfiguration": {
                    "vectorSearchConfiguration": {"numberOfResults": top_k}
                },
            },
        },
        **kwargs,
    )
    citations = []
    for c in resp.get("citations", []):
        for ref in c.get("retrievedReferences", []):
            citations.append(ref.get("location", {}).get("s3Location", {}).get("uri"))
    return {
        "answer": resp["output"]["text"],
        "session_id": resp.get("sessionId"),
        "citations": [c for c in citations if c],
    }


def rerank_passages(query: str, passages: list[str], top_n: int = 3) -> list[str]:
    if not settings.feature_flags.get("rerank"):
        return passages[:top_n]
    ranked = get_provider("cohere").rerank(query, passages, top_n=top_n)
    return [passages[i] for i, _score in ranked]
