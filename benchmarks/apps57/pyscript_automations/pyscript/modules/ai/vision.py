"""Describe camera snapshots with a vision model.

The camera_ai app picks the provider per camera; the driveway uses Gemini because it is
cheapest for the many car-passing events, the porch uses OpenAI.
"""
import base64
import mimetypes

from ai.clients import get_anthropic, get_genai, get_ollama, get_openai
from ai.prompts import CAMERA_PROMPT


def _read_image(path):
    with open(path, "rb") as fh:
        data = fh.read()
    mime = mimetypes.guess_type(path)[0] or "image/jpeg"
    return data, mime


def describe_with_openai(path, prompt=CAMERA_PROMPT, model="gpt-4o-mini"):
    data, mime = _read_image(path)
    b64 = base64.b64encode(data).decode()
    client = get_openai()
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": prompt},
                    {"type": "image_url", "image_url": {"url": f"data:{mime};base64,{b64}", "detail": "low"}},
                ],
            }
        ],
        max_tokens=120,
    )
    return resp.choices[0].message.content


def describe_with_claude(path, prompt=CAMERA_PROMPT, model="claude-3-5-haiku-latest"):
    data, mime = _read_image(path)
    msg = get_anthropic().messages.create(
        model=model,
        max_tokens=150,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": mime,
                                                  "data": base64.b64encode(data).decode()}},
                    {"type": "text", "text": prompt},
                ],
            }
        ],
    )
    return msg.content[0].text


def describe_with_gemini(path, prompt=CAMERA_PROMPT, model="gemini-2.0-flash"):
    from google.genai import types

    data, mime = _read_image(path)
    client = get_genai()
    resp = client.models.generate_content(
        model=model,
        contents=[types.Part.from_bytes(data=data, mime_type=mime), prompt],
    )
    return resp.text


def describe_with_ollama(path, prompt=CAMERA_PROMPT, model="llava:7b"):
    # local model, used when the internet is down or for the indoor cameras (privacy)
    resp = get_ollama().chat(
        model=model,
        messages=[{"role": "user", "content": prompt, "images": [path]}],
    )
    return resp.message.content


_DESCRIBERS = {
    "openai": describe_with_openai,
    "anthropic": describe_with_claude,
    "google": describe_with_gemini,
    "ollama": describe_with_ollama,
}


def describe_image(path, provider="openai", **kwargs):
    return _DESCRIBERS[provider](path, **kwargs)
