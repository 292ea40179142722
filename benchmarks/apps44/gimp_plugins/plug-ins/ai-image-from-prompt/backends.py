"""Image generation backends.

Each backend has ``generate(prompt, width, height, **opts) -> list[bytes]``
returning PNG (or JPEG/WEBP, GIMP loads them all) bytes.
"""
import base64
import logging
import urllib.request

from ai_common import clients
from ai_common.imageio import pil_to_png_bytes
from ai_common.settings import get_settings

log = logging.getLogger("ai-image-from-prompt.backends")

BACKENDS = {}


def register(name):
    def deco(cls):
        BACKENDS[name] = cls
        cls.name = name
        return cls

    return deco


class PromptRejected(Exception):
    pass


class Backend:
    name = "base"
    supports_edit = False

    def __init__(self, settings=None):
        self.settings = settings or get_settings()

    def generate(self, prompt, width, height, **opts):
        raise NotImplementedError

    def edit(self, png_bytes, mask_png, prompt, **opts):
        raise NotImplementedError("%s cannot edit images" % self.name)


def _openai_size(width, height):
    if width > height * 1.2:
        return "1536x1024"
    if height > width * 1.2:
        return "1024x1536"
    return "1024x1024"


def _download(url):
    with urllib.request.urlopen(url, timeout=120) as resp:
        return resp.read()


@register("openai")
class OpenAIBackend(Backend):
    supports_edit = True

    def __init__(self, settings=None):
        super().__init__(settings)
        self.client = clients.get_openai_client()

    def check_prompt(self, prompt):
        result = self.client.moderations.create(model="omni-moderation-latest", input=prompt)
        if result.results[0].flagged:
            raise PromptRejected("The prompt was flagged by the moderation endpoint.")

    def generate(self, prompt, width, height, n=1, quality="medium", **opts):
        self.check_prompt(prompt)
        response = self.client.images.generate(
            model=self.settings.image_model,
            prompt=prompt,
            size=_openai_size(width, height),
            quality=quality,
            n=n,
        )
        return [base64.b64decode(item.b64_json) for item in response.data]

    def edit(self, png_bytes, mask_png, prompt, **opts):
        kwargs = {}
        if mask_png is not None:
            kwargs["mask"] = ("mask.png", mask_png, "image/png")
        response = self.client.images.edit(
            model=self.settings.image_model,
            image=("layer.png", png_bytes, "image/png"),
            prompt=prompt,
            **kwargs,
        )
        return [base64.b64decode(item.b64_json) for item in response.data]


@register("replicate")
class ReplicateBackend(Backend):
    def __init__(self, settings=None):
        super().__init__(settings)
        self.client = clients.get_replicate_client()

    def generate(self, prompt, width, height, n=1, seed=None, **opts):
        aspect = "16:9" if width > height * 1.3 else "9:16" if height > width * 1.3 else "1:1"
        inputs = {
            "prompt": prompt,
            "aspect_ratio": aspect,
            "num_outputs": n,
            "output_format": "png",
        }
        if seed is not None:
            inputs["seed"] = seed
        output = self.client.run(self.settings.replicate_image_model, input=inputs)
        results = []
        for item in output:
            if hasattr(item, "read"):
                results.append(item.read())
            else:
                results.append(_download(str(item)))
        return results

    def generate_async(self, prompt, version, **inputs):
        """Start a prediction on a pinned version, return it for polling."""
        prediction = self.client.predictions.create(
            version=version,
            input=dict(inputs, prompt=prompt),
        )
        log.info("started prediction %s", prediction.id)
        return prediction

    def poll(self, prediction_id):
        return self.client.predictions.get(prediction_id)


@register("huggingface")
class HuggingFaceBackend(Backend):
    def __init__(self, settings=None):
        super().__init__(settings)
        self.client = clients.get_hf_client(model=self.settings.hf_image_model)

    def generate(self, prompt, width, height, n=1, negative_prompt=None, **opts):
        images = []
        for _ in range(n):
            pil = self.client.text_to_image(
                prompt,
                negative_prompt=negative_prompt,
                width=width - width % 8,
                height=height - height % 8,
                num_inference_steps=opts.get("steps", 4),
            )
            images.append(pil_to_png_bytes(pil))
        return images


@register("imagen")
class ImagenBackend(Backend):
    def generate(self, prompt, width, height, n=1, **opts):
        from google.genai import types

        aspect = "16:9" if width > height * 1.3 else "9:16" if height > width * 1.3 else "1:1"
        client = clients.client_for("google")
        response = client.models.generate_images(
            model=self.settings.extra.get("imagen_model", "imagen-3.0-generate-002"),
            prompt=prompt,
            config=types.GenerateImagesConfig(number_of_images=n, aspect_ratio=aspect),
        )
        return [img.image.image_bytes for img in response.generated_images]


def get_backend(name=None, settings=None):
    settings = settings or get_settings()
    name = name or settings.image_backend
    try:
        return BACKENDS[name](settings)
    except KeyError:
        raise ValueError("unknown image backend %r (have: %s)" % (name, ", ".join(BACKENDS)))
