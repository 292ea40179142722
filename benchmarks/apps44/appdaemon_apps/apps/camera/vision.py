"""Vision helpers for camera snapshots. Clients are passed in by the caller."""
import base64

from google.genai import types

from lib import prompts


def to_data_url(image_bytes, mime_type="image/jpeg"):
    return f"data:{mime_type};base64," + base64.b64encode(image_bytes).decode()


async def describe_openai(aclient, image_bytes, model="gpt-4o-mini", prompt=prompts.CAMERA_DESCRIBE):
    resp = await aclient.responses.create(
        model=model,
        input=[{
            "role": "user",
            "content": [
                {"type": "input_text", "text": prompt},
                {"type": "input_image", "image_url": to_data_url(image_bytes)},
            ],
        }],
        max_output_tokens=120,
    )
    return resp.output_text.strip()


async def describe_gemini(client, image_bytes, model="gemini-2.0-flash", prompt=prompts.CAMERA_DESCRIBE):
    resp = await client.aio.models.generate_content(
        model=model,
        contents=[types.Part.from_bytes(data=image_bytes, mime_type="image/jpeg"), prompt],
    )
    return (resp.text or "").strip()


async def describe_ollama(aclient, image_bytes, model="llava:7b", prompt=prompts.CAMERA_DESCRIBE):
    resp = await aclient.chat(
        model=model,
        messages=[{"role": "user", "content": prompt, "images": [image_bytes]}],
    )
    return resp["message"]["content"].strip()


def upload_clip(client, path):
    """Upload a recorded clip so it can be referenced later (not a model call)."""
    return client.files.upload(file=path, config={"mime_type": "video/mp4"})


def is_nothing(text):
    return not text or text.strip().upper().startswith("NOTHING")
