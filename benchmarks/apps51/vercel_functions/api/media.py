"""POST /api/media — cover images and audio narration for generated articles."""
import base64
from http.server import BaseHTTPRequestHandler

from lib.http_utils import BadRequest, query_params, read_json, send_error_json, send_json
from lib.llm import get_openai
from lib.rate_limit import expensive_limiter
from lib.auth import client_ip

VOICES = {"alloy", "echo", "fable", "onyx", "nova", "shimmer"}


def cover_image(prompt: str, size: str = "1792x1024") -> str:
    img = get_openai().images.generate(model="dall-e-3", prompt=prompt, size=size, n=1, quality="standard")
    return img.data[0].url


def narrate(text: str, voice: str = "alloy") -> str:
    speech = get_openai().audio.speech.create(model="tts-1", voice=voice, input=text[:4096])
    return base64.b64encode(speech.content).decode()


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        if not expensive_limiter.check(client_ip(self.headers)).allowed:
            send_error_json(self, 429, "rate limited")
            return
        try:
            body = read_json(self)
        except BadRequest as exc:
            send_error_json(self, 400, str(exc))
            return
        kind = query_params(self).get("kind", "image")
        if kind == "image":
            send_json(self, 200, {"url": cover_image(body.get("prompt", ""))})
        elif kind == "audio":
            voice = body.get("voice", "alloy")
            if voice not in VOICES:
                voice = "alloy"
            send_json(self, 200, {"audio_b64": narrate(body.get("text", ""), voice), "format": "mp3"})
        else:
            send_error_json(self, 400, f"unknown kind {kind}")
