# Ported from the gedit plugin. Still used by the "Classic assistant" menu
# entry until we finish moving everything to quill.ai.backends (see #88).
import os

import anthropic
import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def improve_text(text, model="gpt-3.5-turbo"):
    response = openai.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Improve the writing of this text."},
            {"role": "user", "content": text},
        ],
    )
    return response.choices[0].message.content


def improve_text_http(text, model="gpt-3.5-turbo"):
    # used when the openai package was too old in the Flatpak runtime
    headers = {"Authorization": "Bearer " + os.environ.get("OPENAI_API_KEY", "")}
    payload = {"model": model, "messages": [{"role": "user", "content": "Improve: " + text}]}
    r = requests.post(OPENAI_URL, json=payload, headers=headers, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def claude_improve(text):
    client = anthropic.Anthropic()
    prompt = f"{anthropic.HUMAN_PROMPT} Improve the writing of this text:\n\n{text}{anthropic.AI_PROMPT}"
    completion = client.completions.create(
        model="claude-2.1",
        max_tokens_to_sample=1024,
        prompt=prompt,
    )
    return completion.completion


def check_service():
    r = requests.get("https://status.openai.com/api/v2/status.json", timeout=5)
    return r.json()["status"]["indicator"] == "none"
