# Legacy eval harness, openai<1.0 style. Still runs in the pinned `legacy` conda env.
# DO NOT import from new code.
import json
import os
import time

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def chat(prompt, model="gpt-4-0613", temperature=0.0, max_tokens=512):
    for attempt in range(5):
        try:
            resp = openai.ChatCompletion.create(
                model=model,
                messages=[{"role": "user", "content": prompt}],
                temperature=temperature,
                max_tokens=max_tokens,
            )
            return resp["choices"][0]["message"]["content"]
        except openai.error.RateLimitError:
            time.sleep(2 ** attempt)
    raise RuntimeError("rate limited 5 times")


def embed(texts, model="text-embedding-ada-002"):
    resp = openai.Embedding.create(model=model, input=texts)
    return [d["embedding"] for d in resp["data"]]


def run_file(path, out_path, model="gpt-4-0613"):
    with open(path) as f, open(out_path, "w") as out:
        for line in f:
            ex = json.loads(line)
            ex["prediction"] = chat(ex["prompt"], model=model)
            out.write(json.dumps(ex) + "\n")
