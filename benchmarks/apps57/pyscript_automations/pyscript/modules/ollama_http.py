"""Talk to the Ollama box over plain HTTP.

Written before we installed the ollama package in the HA container; the doorbell app still
uses it because it needs the raw streaming lines.
"""
import json

import httpx

DEFAULT_HOST = "http://192.168.1.40:11434"


def generate(prompt, model="llama3.2", host=DEFAULT_HOST, timeout=60.0):
    resp = httpx.post(
        f"{host}/api/generate",
        json={"model": model, "prompt": prompt, "stream": False, "options": {"temperature": 0.3}},
        timeout=timeout,
    )
    resp.raise_for_status()
    return resp.json()["response"]


def stream_generate(prompt, model="llama3.2", host=DEFAULT_HOST):
    with httpx.stream("POST", f"{host}/api/generate", json={"model": model, "prompt": prompt},
                      timeout=None) as resp:
        for line in resp.iter_lines():
            if not line:
                continue
            chunk = json.loads(line)
            yield chunk.get("response", "")
            if chunk.get("done"):
                break


def is_up(host=DEFAULT_HOST):
    try:
        return httpx.get(f"{host}/api/tags", timeout=3).status_code == 200
    except httpx.HTTPError:
        return False
