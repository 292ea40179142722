"""Generate marketing banner candidates for the campaign calendar.

Prompt writing: OpenAI. Images: Replicate (Flux) with a gpt-image-1 fallback.
"""
import base64
import logging

import replicate
import requests
from metaflow import S3, FlowSpec, Parameter, card, current, retry, step

from llmkit import get_openai_client, get_prompt, get_replicate_client
from llmkit.config import settings

log = logging.getLogger(__name__)


class ImageAssetsFlow(FlowSpec):
    topics = Parameter("topics", default="summer sale,back to school,loyalty program", separator=",")
    style = Parameter("style", default="flat illustration, brand palette teal/orange")
    variants = Parameter("variants", type=int, default=2)
    use_replicate = Parameter("use-replicate", type=bool, default=True)

    @step
    def start(self):
        self.topic_list = [t.strip() for t in self.topics if t.strip()]
        self.next(self.write_prompt, foreach="topic_list")

    @retry(times=2)
    @step
    def write_prompt(self):
        self.topic = self.input
        client = get_openai_client()
        tmpl = get_prompt("image_brief")
        resp = client.chat.completions.create(
            model=settings.models.openai_chat,
            messages=tmpl.messages(topic=self.topic, style=self.style),
            temperature=0.9,
            n=self.variants,
        )
        self.image_prompts = [c.message.content.strip() for c in resp.choices]
        self.next(self.render)

    @retry(times=3, minutes_between_retries=1)
    @step
    def render(self):
        self.image_bytes = []
        for prompt in self.image_prompts:
            if self.use_replicate:
                output = replicate.run(
                    settings.models.replicate_image,
                    input={"prompt": prompt, "aspect_ratio": "16:9", "output_format": "png"},
                )
                first = output[0] if isinstance(output, list) else output
                self.image_bytes.append(first.read())
            else:
                img = get_openai_client().images.generate(
                    model="gpt-image-1", prompt=prompt, size="1536x1024", n=1
                )
                self.image_bytes.append(base64.b64decode(img.data[0].b64_json))
        self.next(self.upscale)

    @step
    def upscale(self):
        """Async upscale via a Replicate prediction; we poll instead of blocking."""
        rc = get_replicate_client()
        self.upscaled_urls = []
        for i, raw in enumerate(self.image_bytes):
            data_uri = "data:image/png;base64," + base64.b64encode(raw).decode()
            prediction = rc.predictions.create(
                model="nightmareai/real-esrgan",
                input={"image": data_uri, "scale": 2},
            )
            prediction.wait()
            if prediction.status == "succeeded":
                self.upscaled_urls.append(prediction.output)
            else:
                log.warning("upscale %d failed: %s", i, prediction.error)
                self.upscaled_urls.append(None)
        self.next(self.join)

    @step
    def join(self, inputs):
        self.assets = {}
        for inp in inputs:
            self.assets[inp.topic] = {"prompts": inp.image_prompts, "urls": inp.upscaled_urls}
        self.next(self.end)

    @card(type="blank")
    @step
    def end(self):
        from metaflow.cards import Image, Markdown

        for topic, asset in self.assets.items():
            current.card.append(Markdown(f"## {topic}"))
            for url in asset["urls"]:
                if url:
                    current.card.append(Image(requests.get(url, timeout=30).content))


if __name__ == "__main__":
    ImageAssetsFlow()
