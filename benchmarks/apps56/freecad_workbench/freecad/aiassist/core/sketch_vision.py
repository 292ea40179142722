"""Send a screenshot of the 3D view to a vision model.

Experimental, behind the "VisionEnabled" preference.
"""
import base64
import os
import tempfile

import FreeCADGui
from anthropic import Anthropic
from openai import OpenAI

from freecad.aiassist import preferences


def capture_view(width=1024, height=768):
    path = os.path.join(tempfile.gettempdir(), "aiassist_view.png")
    FreeCADGui.ActiveDocument.ActiveView.saveImage(path, width, height, "White")
    with open(path, "rb") as fh:
        return base64.b64encode(fh.read()).decode("ascii")


class VisionDescriber:
    def __init__(self, provider="openai"):
        self.provider = provider
        if provider == "anthropic":
            self._client = Anthropic(api_key=preferences.api_key("anthropic"))
        else:
            self._client = OpenAI(api_key=preferences.api_key("openai"))

    def describe_view(self, question="What does this part look like and what is it for?"):
        img = capture_view()
        if self.provider == "anthropic":
            msg = self._client.messages.create(
                model=preferences.model_for("anthropic"),
                max_tokens=800,
                messages=[{
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": img}},
                        {"type": "text", "text": question},
                    ],
                }],
            )
            return msg.content[0].text
        resp = self._client.responses.create(
            model="gpt-4o",
            input=[{
                "role": "user",
                "content": [
                    {"type": "input_text", "text": question},
                    {"type": "input_image", "image_url": "data:image/png;base64," + img},
                ],
            }],
        )
        return resp.output_text

    def render_concept(self, prompt):
        """Generate a concept image for a part that does not exist yet."""
        client = OpenAI(api_key=preferences.api_key("openai"))
        img = client.images.generate(model="gpt-image-1", prompt=prompt, size="1024x1024")
        return base64.b64decode(img.data[0].b64_json)
