"""Old Hugging Face helpers from the 2.10 (python-fu) days.

Kept because the palette plug-in still falls back to this when
huggingface_hub is not installed in GIMP's bundled Python.
TODO(marta): delete once everybody is on GIMP 3 flatpak with hub >= 0.24.
"""
import json
import urllib.request

from .settings import get_settings

HF_API = "https://api-inference.huggingface.co/models/"
HF_ROUTER_CHAT = "https://router.huggingface.co/v1/chat/completions"


def _headers():
    token = get_settings().hf_token
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    return headers


def hf_chat_raw(prompt, model=None, max_tokens=400):
    body = json.dumps({
        "model": model or get_settings().hf_chat_model,
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": max_tokens,
    }).encode("utf-8")
    with urllib.request.urlopen(
        urllib.request.Request(HF_ROUTER_CHAT, data=body, headers=_headers(), method="POST"),
        timeout=get_settings().request_timeout,
    ) as resp:
        data = json.loads(resp.read().decode("utf-8"))
    return data["choices"][0]["message"]["content"]


def hf_model_status(model):
    """GET the model card status - free, used by the settings dialog."""
    req = urllib.request.Request(HF_API + model, headers=_headers())
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read().decode("utf-8"))
