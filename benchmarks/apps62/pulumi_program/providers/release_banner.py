"""Release banner image for the public changelog page (marketing asked for it)."""
from __future__ import annotations

import base64
from typing import Optional

import pulumi
from pulumi.dynamic import CreateResult, DiffResult, ResourceProvider

from infra_ai import get_openai


class ReleaseBannerProvider(ResourceProvider):
    def create(self, props: dict) -> CreateResult:
        image = get_openai().images.generate(
            model="dall-e-3",
            prompt=f"Minimal flat banner illustrating: {props['headline']}. No text.",
            size="1792x1024",
            response_format="b64_json",
        )
        data = image.data[0].b64_json or ""
        return CreateResult(id_=f"banner-{props['version']}",
                            outs={**props, "png_b64": data, "bytes": len(base64.b64decode(data or b""))})

    def diff(self, _id: str, olds: dict, news: dict) -> DiffResult:
        # banners are expensive; only regenerate on a new version, never on headline tweaks
        return DiffResult(changes=olds.get("version") != news.get("version"), replaces=["version"])


class ReleaseBanner(pulumi.dynamic.Resource):
    png_b64: pulumi.Output[str]

    def __init__(self, name: str, version: str, headline: pulumi.Input[str],
                 opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__(ReleaseBannerProvider(), name,
                         {"version": version, "headline": headline, "png_b64": None, "bytes": None}, opts)
