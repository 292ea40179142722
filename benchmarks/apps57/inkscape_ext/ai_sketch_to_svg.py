#!/usr/bin/env python3
"""Extensions > AI Tools > Sketch to Vector (experimental)

Takes the first selected <image> (a photo of a paper sketch), sends it to a
multimodal model and inserts the returned SVG. Written during the 2024
hackathon; it builds its own clients instead of using ai_ext_common.clients.
"""

import base64
import os
import re

import inkex
from google import genai
from google.genai import types
from openai import OpenAI

from ai_ext_common.prompts import SVG_SYSTEM
from ai_ext_common.svg_utils import extract_svg, svg_to_group

DATA_URI = re.compile(r"data:(image/[a-z]+);base64,(.*)", re.S)


class SketchToSvg(inkex.EffectExtension):
    def add_arguments(self, pars):
        pars.add_argument("--engine", type=str, default="gemini")
        pars.add_argument("--model", type=str, default="gemini-2.5-flash")
        pars.add_argument("--detail", type=str, default="medium")

    def image_bytes(self):
        for el in self.svg.selection.values():
            if isinstance(el, inkex.Image):
                href = el.get("xlink:href") or el.get("href") or ""
                m = DATA_URI.match(href)
                if m:
                    return m.group(1), base64.b64decode(m.group(2))
                path = href.replace("file://", "")
                if os.path.exists(path):
                    with open(path, "rb") as fh:
                        return "image/png", fh.read()
        raise inkex.AbortExtension("Select an embedded or linked bitmap.")

    def via_gemini(self, mime, data):
        client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))
        parts = []
        for chunk in client.models.generate_content_stream(
            model=self.options.model,
            contents=[types.Part.from_bytes(data=data, mime_type=mime),
                      f"Vectorise this sketch. Detail level: {self.options.detail}."],
            config=types.GenerateContentConfig(system_instruction=SVG_SYSTEM),
        ):
            if chunk.text:
                parts.append(chunk.text)
        return "".join(parts)

    def via_openrouter(self, mime, data):
        router = OpenAI(base_url="https://openrouter.ai/api/v1",
                        api_key=os.environ["OPENROUTER_API_KEY"])
        uri = f"data:{mime};base64," + base64.b64encode(data).decode()
        resp = router.chat.completions.create(
            model=self.options.model,
            messages=[
                {"role": "system", "content": SVG_SYSTEM},
                {"role": "user", "content": [
                    {"type": "text", "text": "Vectorise this sketch."},
                    {"type": "image_url", "image_url": {"url": uri}},
                ]},
            ],
        )
        return resp.choices[0].message.content

    def effect(self):
        mime, data = self.image_bytes()
        if self.options.engine == "openrouter":
            answer = self.via_openrouter(mime, data)
        else:
            answer = self.via_gemini(mime, data)
        svg = extract_svg(answer)
        if not svg:
            raise inkex.AbortExtension("No SVG in the answer.")
        self.svg.get_current_layer().add(svg_to_group(svg, label="vectorised sketch"))


if __name__ == "__main__":
    SketchToSvg().run()
