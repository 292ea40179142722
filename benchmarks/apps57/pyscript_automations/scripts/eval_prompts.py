#!/usr/bin/env python3
"""Compare the briefing prompt across providers on a few fixed house snapshots.

    python scripts/eval_prompts.py fixtures/briefing_cases.json
"""
import functools
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from groq import Groq
from openai import OpenAI

sys.path.insert(0, "pyscript/modules")
from ai.prompts import HOUSE_SYSTEM, briefing_prompt  # noqa: E402
from multi_model_service import multi_model_service  # noqa: E402


def run_openai(cases):
    client = OpenAI()
    ask = functools.partial(client.chat.completions.create, model="gpt-4o-mini", temperature=0)
    out = []
    for case in cases:
        prompt = briefing_prompt.generate(**case)
        t0 = time.time()
        resp = ask(messages=[{"role": "system", "content": HOUSE_SYSTEM}, {"role": "user", "content": prompt}])
        out.append({"provider": "openai", "latency": time.time() - t0,
                    "text": resp.choices[0].message.content})
    return out


def run_groq(cases, workers=4):
    client = Groq()
    futures = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for case in cases:
            prompt = briefing_prompt.generate(**case)
            futures.append(pool.submit(
                client.chat.completions.create,
                model="llama-3.3-70b-versatile",
                messages=[{"role": "system", "content": HOUSE_SYSTEM}, {"role": "user", "content": prompt}],
            ))
    return [{"provider": "groq", "text": f.result().choices[0].message.content} for f in futures]


def run_tracked(cases):
    return [{"provider": "tracked",
             "text": multi_model_service.generate_response_sync(briefing_prompt.generate(**case),
                                                                task_type="briefing")}
            for case in cases]


def main(path):
    with open(path) as fh:
        cases = json.load(fh)
    results = run_openai(cases) + run_groq(cases) + run_tracked(cases)
    for r in results:
        print(f"[{r['provider']}] {r['text']}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fixtures/briefing_cases.json")
