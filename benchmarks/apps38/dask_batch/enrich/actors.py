"""Dask actors that own a client and a rate limiter for the whole cluster.

Use an actor when the provider limit is tight enough that per-worker buckets
are too coarse (Together's dedicated endpoints, Bedrock provisioned throughput).
"""
from __future__ import annotations

import itertools
import json
import logging
import threading

import boto3

from enrich.lib import make_together_client
from enrich.lib.ratelimit import TokenBucket

log = logging.getLogger(__name__)


class TogetherActor:
    def __init__(self, model: str, rpm: int = 600):
        self.model = model
        self._client = make_together_client()
        self._bucket = TokenBucket(rpm)
        self.calls = 0

    def complete(self, prompt: str, max_tokens: int = 256) -> str:
        self._bucket.acquire()
        self.calls += 1
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=max_tokens,
            temperature=0.2,
        )
        return resp.choices[0].message.content

    def stats(self) -> dict:
        return {"model": self.model, "calls": self.calls}


class BedrockProvisionedActor:
    """Provisioned throughput is billed per hour but still metered per request."""

    def __init__(self, provisioned_arn: str, region: str = "us-east-1", rpm: int = 120):
        self.arn = provisioned_arn
        self._rt = boto3.client("bedrock-runtime", region_name=region)
        self._bucket = TokenBucket(rpm)

    def invoke(self, prompt: str, max_tokens: int = 400) -> str:
        self._bucket.acquire()
        raw = self._rt.invoke_model(
            modelId=self.arn,
            body=json.dumps({
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": max_tokens,
                "messages": [{"role": "user", "content": prompt}],
            }),
        )
        return "".join(c["text"] for c in json.loads(raw["body"].read())["content"])

    def stream(self, prompt: str) -> str:
        self._bucket.acquire()
        resp = self._rt.converse_stream(
            modelId=self.arn,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
        )
        text = []
        for event in resp["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                text.append(delta["text"])
        return "".join(text)


class SequenceActor:
    """Hands out monotonically increasing batch ids across the cluster."""

    def __init__(self, start: int = 0):
        self._counter = itertools.count(start)
        self._lock = threading.Lock()

    def generate(self) -> int:
        with self._lock:
            return next(self._counter)
