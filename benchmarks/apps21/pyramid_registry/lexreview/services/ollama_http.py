"""Raw REST access to the on-prem Ollama box.

Written before we adopted the ``ollama`` package; still used by the sealed-matter
assistant because it needs ``format`` + ``options`` combos the old package mangled.
"""
import json
import logging

import httpx
import requests

log = logging.getLogger(__name__)

DEFAULT_HOST = "http://127.0.0.1:11434"


class OllamaHTTPError(Exception):
    pass


class OllamaREST:
    def __init__(self, host=DEFAULT_HOST, model="llama3.1:8b", timeout=300):
        self.host = host.rstrip("/")
        self.model = model
        self.timeout = timeout
        self.session = requests.Session()

    def chat(self, messages, json_mode=False, temperature=0.0):
        payload = {
            "model": self.model,
            "messages": messages,
            "stream": False,
            "options": {"temperature": temperature, "num_ctx": 16384},
        }
        if json_mode:
            payload["format"] = "json"
        resp = self.session.post(f"{self.host}/api/chat", json=payload, timeout=self.timeout)
        if resp.status_code != 200:
            raise OllamaHTTPError(resp.text)
        return resp.json()["message"]["content"]

    def stream_chat(self, messages):
        with self.session.post(
            f"{self.host}/api/chat",
            json={"model": self.model, "messages": messages, "stream": True},
            stream=True,
            timeout=self.timeout,
        ) as resp:
            for line in resp.iter_lines():
                if not line:
                    continue
                chunk = json.loads(line)
                if chunk.get("done"):
                    break
                yield chunk["message"]["content"]

    def installed_models(self):
        resp = self.session.get(f"{self.host}/api/tags", timeout=10)
        resp.raise_for_status()
        return [m["name"] for m in resp.json().get("models", [])]


def quick_generate(prompt, host=DEFAULT_HOST, model="llama3.1:8b"):
    """One-shot completion; used by the health check and a couple of scripts."""
    r = httpx.post(
        f"{host}/api/generate",
        json={"model": model, "prompt": prompt, "stream": False},
        timeout=120,
    )
    r.raise_for_status()
    return r.json()["response"]
