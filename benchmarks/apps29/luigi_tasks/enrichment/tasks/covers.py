"""Cover concept sketches for reissues and alt-text for existing covers."""
import base64
import logging
import os

import luigi
from google.genai import types

from enrichment.llm import get_genai, get_openai
from enrichment.services.multi_model_service import TaskComplexity, multi_model_service
from enrichment.tasks.base import CatalogueTask
from enrichment.tasks.blurbs import GenerateBlurbs
from enrichment.utils import jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")


class CoverAltText(CatalogueTask):
    """Accessibility alt-text from the blurb (tracked through the service)."""

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("covers", f"alt_text_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        out = []
        for row in read_jsonl(self.input()):
            alt = multi_model_service.generate_response_sync(
                f"Write one sentence of alt-text for the cover of '{row['title']}' by {row['author']}. "
                f"Context: {row['blurb'][:600]}",
                task_type="cover_alt_text",
                complexity=TaskComplexity.SIMPLE,
            )
            out.append({"isbn": row["isbn"], "alt_text": alt})
        write_jsonl(self.output(), out)


class CoverConcepts(CatalogueTask):
    """Mood-board images for the art department.  Opt-in, costs real money."""

    isbns = luigi.ListParameter(default=[])
    image_model = luigi.Parameter(default="gpt-image-1")
    size = luigi.Parameter(default="1024x1536")

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("covers", f"concepts_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        images = get_openai().images
        wanted = set(self.isbns)
        out_dir = os.path.join(os.path.dirname(self.output().path), "concepts")
        os.makedirs(out_dir, exist_ok=True)
        out = []
        for row in read_jsonl(self.input()):
            if wanted and row["isbn"] not in wanted:
                continue
            result = images.generate(
                model=self.image_model,
                prompt=f"Book cover concept, no text, for: {row['blurb'][:800]}",
                size=self.size,
                n=1,
            )
            path = os.path.join(out_dir, f"{row['isbn']}.png")
            with open(path, "wb") as fh:
                fh.write(base64.b64decode(result.data[0].b64_json))
            out.append({"isbn": row["isbn"], "image": path})
        write_jsonl(self.output(), out)


class CoverAltTextFromImage(CatalogueTask):
    """Alt-text from the actual cover scan, for titles where we have one.

    Gemini handles the image; this bypasses multi_model_service because the
    service has no image input yet (PUB-388).
    """

    covers_dir = luigi.Parameter(default="/srv/backlist/covers")
    vision_model = luigi.Parameter(default="gemini-1.5-flash")

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("covers", f"alt_text_image_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        client = get_genai()
        out = []
        for row in read_jsonl(self.input()):
            path = os.path.join(self.covers_dir, f"{row['isbn']}.jpg")
            if not os.path.exists(path):
                continue
            with open(path, "rb") as fh:
                image = types.Part.from_bytes(data=fh.read(), mime_type="image/jpeg")
            resp = client.models.generate_content(
                model=self.vision_model,
                contents=[image, f"Write one sentence of alt-text for this book cover of '{row['title']}'."],
            )
            out.append({"isbn": row["isbn"], "alt_text": (resp.text or "").strip(), "source": "image"})
        write_jsonl(self.output(), out)
