"""Generate the image/audio fixtures used by the multimodal predictor demos."""
import base64
import functools
import pathlib

from serving_common import get_openai_client
from serving_common.usage import TaskComplexity, multi_model_service

OUT = pathlib.Path("fixtures")


def gen_image(client, prompt: str, name: str) -> pathlib.Path:
    img = client.images.generate(model="gpt-image-1", prompt=prompt, size="1024x1024")
    path = OUT / f"{name}.png"
    path.write_bytes(base64.b64decode(img.data[0].b64_json))
    return path


def gen_speech(client, text: str, name: str) -> pathlib.Path:
    speak = functools.partial(client.audio.speech.create, model="gpt-4o-mini-tts", voice="alloy")
    audio = speak(input=text)
    path = OUT / f"{name}.mp3"
    audio.write_to_file(path)
    return path


async def gen_captions(names):
    captions = {}
    for n in names:
        captions[n] = await multi_model_service.generate_response(
            prompt=f"Write a one-line alt text for a demo image called {n}.",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
        )
    return captions


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    c = get_openai_client()
    gen_image(c, "a friendly robot serving coffee, flat illustration", "robot")
    gen_speech(c, "Your model is ready to serve.", "ready")
