"""%%compare: fan one prompt out to several providers in parallel."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from .backends import BackendRegistry


def compare(registry: BackendRegistry, providers: list[str], messages: list[dict], system: str | None) -> list[dict]:
    def run(provider: str) -> dict:
        backend = registry.get(provider)
        t0 = time.perf_counter()
        try:
            res = backend.chat(messages, system=system)
            return {
                "provider": provider,
                "model": res.model,
                "text": res.text,
                "latency": time.perf_counter() - t0,
                "tokens": res.output_tokens,
            }
        except Exception as exc:  # one failing provider should not hide the others
            return {"provider": provider, "model": "-", "text": f"error: {exc}", "latency": 0.0, "tokens": 0}

    with ThreadPoolExecutor(max_workers=len(providers) or 1) as pool:
        return list(pool.map(run, providers))


def render(results: list[dict]) -> str:
    out = []
    for r in results:
        out.append(f"### {r['provider']} ({r['model']}, {r['latency']:.1f}s, {r['tokens']} tok)\n\n{r['text']}")
    return "\n\n---\n\n".join(out)
