"""`llmctl tts` and `llmctl image generate`."""
from __future__ import annotations

import base64
import sys

from cliff.command import Command
from cliff.show import ShowOne


class TextToSpeech(Command):
    """Render text to an mp3 with OpenAI TTS."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("text")
        parser.add_argument("--voice", default="alloy")
        parser.add_argument("--out", default="speech.mp3")
        return parser

    def take_action(self, parsed_args):
        with self.app.openai_client.audio.speech.with_streaming_response.create(
            model="gpt-4o-mini-tts",
            voice=parsed_args.voice,
            input=parsed_args.text,
        ) as response:
            response.stream_to_file(parsed_args.out)
        self.app.stdout.write(f"wrote {parsed_args.out}\n")


class ImageGenerate(ShowOne):
    """Generate an image (used for slide decks of experiment results)."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("prompt")
        parser.add_argument("--size", default="1024x1024")
        parser.add_argument("--out", default="image.png")
        return parser

    def take_action(self, parsed_args):
        img = self.app.openai_client.images.generate(
            model="gpt-image-1",
            prompt=parsed_args.prompt,
            size=parsed_args.size,
        )
        with open(parsed_args.out, "wb") as fh:
            fh.write(base64.b64decode(img.data[0].b64_json))
        return ("path", "size", "revised_prompt"), (
            parsed_args.out, parsed_args.size, img.data[0].revised_prompt or "-")


class Moderate(ShowOne):
    """Run text through the OpenAI moderation endpoint before sharing it."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("text", nargs="?", help="Text (default: stdin)")
        parser.add_argument("--model", default="omni-moderation-latest")
        return parser

    def take_action(self, parsed_args):
        text = parsed_args.text if parsed_args.text is not None else sys.stdin.read()
        client = self.app.openai_client
        result = client.moderations.create(model=parsed_args.model, input=text).results[0]
        flagged_categories = sorted(k for k, v in result.categories.model_dump().items() if v)
        top = max(result.category_scores.model_dump().items(), key=lambda kv: kv[1] or 0)
        return ("flagged", "categories", "top_category", "top_score"), (
            result.flagged, ", ".join(flagged_categories) or "-", top[0], f"{top[1]:.4f}")
