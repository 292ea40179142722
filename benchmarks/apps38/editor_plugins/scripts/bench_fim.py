#!/usr/bin/env python3
"""Latency/quality benchmark for FIM providers on a folder of snippets.

    python scripts/bench_fim.py samples/ --providers codestral,deepseek,groq -n 20

Each sample file contains a ``<CURSOR>`` marker.  Results go to stdout as CSV.
Uses its own clients on purpose so it can be pointed at staging keys.
"""
import argparse
import csv
import glob
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from groq import Groq
from mistralai import Mistral
from openai import OpenAI

MARK = "<CURSOR>"


def load_samples(folder):
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*"))):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if MARK in text:
            prefix, suffix = text.split(MARK, 1)
            out.append((os.path.basename(path), prefix, suffix))
    return out


def run_codestral(client, prefix, suffix):
    r = client.fim.complete(model="codestral-latest", prompt=prefix, suffix=suffix, max_tokens=64)
    return r.choices[0].message.content


def run_deepseek(client, prefix, suffix):
    r = client.completions.create(model="deepseek-chat", prompt=prefix, suffix=suffix, max_tokens=64)
    return r.choices[0].text


def run_groq(client, prefix, suffix):
    r = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "Complete the code at <HOLE>, reply with code only:\n%s<HOLE>%s" % (prefix, suffix)}],
        max_tokens=64,
    )
    return r.choices[0].message.content


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--providers", default="codestral,deepseek,groq")
    ap.add_argument("-n", type=int, default=10)
    ap.add_argument("--parallel", type=int, default=4)
    args = ap.parse_args(argv)

    clients = {
        "codestral": (Mistral(api_key=os.environ["CODESTRAL_API_KEY"]), run_codestral),
        "deepseek": (OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com/beta"), run_deepseek),
        "groq": (Groq(), run_groq),
    }
    samples = load_samples(args.folder)[: args.n]
    writer = csv.writer(sys.stdout)
    writer.writerow(["provider", "sample", "latency_ms", "chars"])
    for name in args.providers.split(","):
        client, fn = clients[name]
        latencies = []
        for sample, prefix, suffix in samples:
            t0 = time.perf_counter()
            text = fn(client, prefix, suffix) or ""
            ms = (time.perf_counter() - t0) * 1000
            latencies.append(ms)
            writer.writerow([name, sample, "%.0f" % ms, len(text)])
        if latencies:
            print("# %s median %.0f ms" % (name, statistics.median(latencies)), file=sys.stderr)

    # Concurrency check: Codestral rate limits bite at >4 in flight.
    mistral = clients["codestral"][0]
    with ThreadPoolExecutor(max_workers=args.parallel) as pool:
        futures = [
            pool.submit(mistral.fim.complete, model="codestral-latest", prompt=p, suffix=s, max_tokens=32)
            for _name, p, s in samples
        ]
        errors = sum(1 for f in futures if f.exception() is not None)
    print("# parallel=%d errors=%d" % (args.parallel, errors), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
