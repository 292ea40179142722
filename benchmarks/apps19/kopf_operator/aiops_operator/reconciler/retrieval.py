"""Knowledge-base answers for AIWorkloads with spec.retrieval (Bedrock KBs)."""
from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

KB_MODEL_ARN = "arn:aws:bedrock:{region}::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0"


class KnowledgeBaseProbe:
    """Checks that a workload's knowledge base answers a canary question."""

    def __init__(self, agent_runtime, region: str):
        self._agents = agent_runtime
        self._region = region

    def ask(self, kb_id: str, question: str, session_id: str | None = None) -> dict:
        kwargs = {
            "input": {"text": question},
            "retrieveAndGenerateConfiguration": {
                "type": "KNOWLEDGE_BASE",
                "knowledgeBaseConfiguration": {
                    "knowledgeBaseId": kb_id,
                    "modelArn": KB_MODEL_ARN.format(region=self._region),
                    "retrievalConfiguration": {"vectorSearchConfiguration": {"numberOfResults": 4}},
                },
            },
        }
        if session_id:
            kwargs["sessionId"] = session_id
        resp = self._agents.retrieve_and_generate(**kwargs)
        citations = resp.get("citations", [])
        return {
            "answer": resp["output"]["text"],
            "sessionId": resp.get("sessionId"),
            "sources": sorted(
                {
                    ref["location"].get("s3Location", {}).get("uri", "")
                    for c in citations
                    for ref in c.get("retrievedReferences", [])
                }
            ),
        }
