"""Pre-SDK Ollama and DeepSeek access over plain HTTP."""
import httpx
import requests

from freecad.aiassist import preferences


def generate(prompt, model=None, host=None):
    host = host or preferences.ollama_host()
    resp = requests.post(
        host.rstrip("/") + "/api/generate",
        json={"model": model or preferences.model_for("ollama"), "prompt": prompt, "stream": False},
        timeout=preferences.request_timeout(),
    )
    resp.raise_for_status()
    return resp.json()["response"]


def is_ollama_running(host=None):
    host = host or preferences.ollama_host()
    try:
        return requests.get(host.rstrip("/") + "/api/tags", timeout=2).ok
    except requests.RequestException:
        return False


class DeepSeekHTTP:
    BASE = "https://api.deepseek.com"

    def __init__(self, api_key=None):
        self._http = httpx.Client(
            base_url=self.BASE,
            headers={"Authorization": "Bearer " + (api_key or preferences.api_key("deepseek"))},
            timeout=90,
        )

    def chat(self, messages, model="deepseek-chat"):
        r = self._http.post("/chat/completions", json={"model": model, "messages": messages})
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]

    def close(self):
        self._http.close()
