"""Measures upstream latency directly against providers, to compare with the
numbers locust reports through the gateway. Run by hand, never in CI."""
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

from serving_common import get_openai_client, get_xai_client
from serving_common.clients import get_bedrock_runtime

PROMPT = [{"role": "user", "content": "Reply with the single word: pong"}]


def _timed(fn, **kwargs):
    t = time.perf_counter()
    fn(**kwargs)
    return time.perf_counter() - t


def run(n: int = 20, concurrency: int = 4) -> dict:
    oa = get_openai_client()
    xai = get_xai_client()
    br = get_bedrock_runtime()
    results = {}
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futs = [pool.submit(_timed, oa.chat.completions.create, model="gpt-4o-mini", messages=PROMPT, max_tokens=5) for _ in range(n)]
        results["openai"] = [f.result() for f in futs]
        futs = [pool.submit(_timed, xai.chat.completions.create, model="grok-2-latest", messages=PROMPT, max_tokens=5) for _ in range(n)]
        results["xai"] = [f.result() for f in futs]
    bedrock_lat = []
    for _ in range(n):
        t = time.perf_counter()
        br.converse(
            modelId="anthropic.claude-3-haiku-20240307-v1:0",
            messages=[{"role": "user", "content": [{"text": "Reply with the single word: pong"}]}],
            inferenceConfig={"maxTokens": 5},
        )
        bedrock_lat.append(time.perf_counter() - t)
    results["bedrock"] = bedrock_lat
    return {k: {"p50": statistics.median(v), "max": max(v)} for k, v in results.items()}


if __name__ == "__main__":
    for provider, stats in run().items():
        print(f"{provider:10s} p50={stats['p50']*1000:.0f}ms max={stats['max']*1000:.0f}ms")
