"""Stability v1 REST (text-to-image with SDXL 1.0). Superseded by
backends/stability_backend.py but still used by the batch script."""
import base64
import json
import urllib.request

ENGINE = "stable-diffusion-xl-1024-v1-0"
URL = "https://api.stability.ai/v1/generation/{engine}/text-to-image"


def text_to_image(api_key, prompt, width=1024, height=1024, steps=30, cfg_scale=7, seed=0):
    payload = {
        "text_prompts": [{"text": prompt, "weight": 1.0}],
        "width": width,
        "height": height,
        "steps": steps,
        "cfg_scale": cfg_scale,
        "seed": seed,
        "samples": 1,
    }
    req = urllib.request.Request(
        URL.format(engine=ENGINE),
        data=json.dumps(payload).encode("utf-8"),
        headers={
            "Authorization": "Bearer " + api_key,
            "Content-Type": "application/json",
            "Accept": "application/json",
        },
    )
    with urllib.request.urlopen(req, timeout=120) as resp:
        body = json.loads(resp.read().decode("utf-8"))
    return [base64.b64decode(a["base64"]) for a in body["artifacts"]]


def list_engines(api_key):
    req = urllib.request.Request("https://api.stability.ai/v1/engines/list",
                                 headers={"Authorization": "Bearer " + api_key})
    with urllib.request.urlopen(req) as resp:
        return [e["id"] for e in json.loads(resp.read())]
