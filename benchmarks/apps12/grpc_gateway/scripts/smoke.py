#!/usr/bin/env python
"""Manual smoke test.

Against a running gateway (default):
    MODELGW_TOKEN=... python scripts/smoke.py --target localhost:50051 --provider anthropic

Or straight at the local Ollama, to tell a gateway bug from a model problem:
    python scripts/smoke.py --direct-ollama --model llama3.1:8b
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import grpc
import ollama

from modelgw.proto import inference_pb2, inference_pb2_grpc

PROMPT = "In one sentence, what does a gRPC interceptor do?"


def via_gateway(target: str, provider: str, model: str, stream: bool) -> None:
    token = os.environ.get("MODELGW_TOKEN", "")
    with grpc.insecure_channel(target) as channel:
        stub = inference_pb2_grpc.InferenceStub(channel)
        request = inference_pb2.CompletionRequest(
            provider=provider,
            model=model,
            messages=[inference_pb2.ChatMessage(role="user", content=PROMPT)],
            max_tokens=128,
            feature="smoke-test",
        )
        metadata = (("authorization", f"Bearer {token}"),)
        started = time.perf_counter()
        if stream:
            for chunk in stub.StreamComplete(request, metadata=metadata, timeout=60):
                sys.stdout.write(chunk.delta)
            print()
        else:
            reply = stub.Complete(request, metadata=metadata, timeout=60)
            print(reply.text)
            print(f"[{reply.provider}/{reply.model}] in={reply.usage.input_tokens} out={reply.usage.output_tokens}")
        print(f"took {time.perf_counter() - started:.2f}s")


def direct_ollama(model: str) -> None:
    for part in ollama.chat(model=model, messages=[{"role": "user", "content": PROMPT}], stream=True):
        sys.stdout.write(part["message"]["content"])
    print()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", default="localhost:50051")
    parser.add_argument("--provider", default="ollama")
    parser.add_argument("--model", default="")
    parser.add_argument("--stream", action="store_true")
    parser.add_argument("--direct-ollama", action="store_true")
    args = parser.parse_args()

    if args.direct_ollama:
        direct_ollama(args.model or "llama3.1:8b")
    else:
        via_gateway(args.target, args.provider, args.model, args.stream)


if __name__ == "__main__":
    main()
