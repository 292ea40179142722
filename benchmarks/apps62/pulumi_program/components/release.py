"""ReleasePipeline: release notes (dynamic resource) + publishing to the docs bucket."""
from __future__ import annotations

from typing import Optional

import pulumi
import pulumi_aws as aws
from google.genai import types

from infra_ai import get_genai
from infra_ai.settings import SETTINGS
from infra_ai.moderation import is_publishable
from providers.release_banner import ReleaseBanner
from providers.release_notes import ReleaseNotes, ReleaseNotesArgs

FEED_ITEM = """<item>
  <title>{title}</title>
  <link>https://docs.internal.example.com/releases/{service}/{version}</link>
  <description><![CDATA[{notes}]]></description>
</item>"""


def _public_copy(notes: str) -> str:
    """Only publish notes that pass moderation; otherwise a neutral placeholder."""
    if pulumi.runtime.is_dry_run() or not notes:
        return notes or ""
    return notes if is_publishable(notes) else "Release notes are being reviewed."


def _headline(notes: str) -> str:
    """One-line headline for the Slack/RSS feed (runs inside an apply)."""
    if pulumi.runtime.is_dry_run() or not notes:
        return "(preview)"
    resp = get_genai().models.generate_content(
        model=SETTINGS.gemini_model,
        contents=f"Write a single-line headline (max 90 chars) for:\n\n{notes}",
        config=types.GenerateContentConfig(temperature=0.4, max_output_tokens=60),
    )
    return (resp.text or "").strip().splitlines()[0] if resp.text else ""


class ReleasePipeline(pulumi.ComponentResource):
    def __init__(self, name: str, service: str, version: str, commits: list[dict],
                 docs_bucket: aws.s3.BucketV2, previous_version: Optional[str] = None,
                 publish_banner: bool = False, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("platform:release:ReleasePipeline", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        self.notes = ReleaseNotes(
            f"{name}-notes",
            ReleaseNotesArgs(service=service, version=version, commits=commits,
                             previous_version=previous_version),
            opts=child,
        )
        self.headline = self.notes.notes.apply(_headline)

        self.object = aws.s3.BucketObjectv2(
            f"{name}-notes-md",
            bucket=docs_bucket.id,
            key=f"releases/{service}/{version}.md",
            content=self.notes.notes,
            content_type="text/markdown",
            opts=child,
        )
        self.public_notes = self.notes.notes.apply(_public_copy)
        self.feed_item = aws.s3.BucketObjectv2(
            f"{name}-feed-item",
            bucket=docs_bucket.id,
            key=f"feed/{service}/{version}.xml",
            content=pulumi.Output.all(self.headline, self.public_notes).apply(
                lambda a: FEED_ITEM.format(title=a[0], service=service, version=version, notes=a[1])
            ),
            content_type="application/rss+xml",
            opts=child,
        )
        if publish_banner:
            self.banner = ReleaseBanner(f"{name}-banner", version=version, headline=self.headline, opts=child)

        self.register_outputs({
            "headline": self.headline,
            "notes_key": self.object.key,
            "feed_key": self.feed_item.key,
        })
