# Prediction interface for Cog ⚙️
# https://cog.run/python

import asyncio
import functools
import json
import logging
import os
import time
from typing import Iterator, Optional

import replicate
from cog import BasePredictor, ConcatenateIterator, Input, Path

from src.agents import CaptionJudge, Planner, Rewriter, SafetyFilter
from src.agents.hosted_tools import HostedTools
from src.config import get_settings
from src.legacy.caption_v1 import rewrite_v1
from src.llm import (
    TaskComplexity,
    get_anthropic,
    get_fireworks,
    get_openai,
    get_replicate,
    get_voyage,
    llm_tracker,
    multi_model_service,
)
from src.llm.clients import warm_all
from src.retrieval import ExemplarStore, VoyageEmbedder
from src.utils.io import pget
from src.utils.timing import StageTimer
from src.vision.captioner import LocalCaptioner
from src.vision.preprocess import downscale, is_low_res, likely_has_text, load_image

logger = logging.getLogger("predictor")
logging.basicConfig(level=logging.INFO)

WEIGHTS_URL = "https://weights.replicate.delivery/default/blip2-opt-2.7b/model.tar"
EXEMPLARS_FILE = "exemplars.npz"
STYLES = ["literal", "descriptive", "poetic", "alt_text"]


class Predictor(BasePredictor):
    def setup(self, weights: Optional[Path] = None) -> None:
        """Load the local captioner and construct hosted clients once."""
        started = time.time()
        self.settings = get_settings()
        weights_dir = self.settings.weights_dir
        if not os.path.exists(os.path.join(weights_dir, "config.json")):
            pget(WEIGHTS_URL, weights_dir)
        self.captioner = LocalCaptioner(weights_dir)

        status = warm_all()
        logger.info("client status: %s", status)
        self.openai = get_openai()
        self.anthropic = get_anthropic()
        self.fireworks = get_fireworks()
        self.replicate = get_replicate()
        self.voyage = get_voyage()

        models = self.settings.models
        self.planner = Planner(self.anthropic, models.planner_model)
        self.rewriter = Rewriter(self.openai, models.rewriter_model)
        self.judge = CaptionJudge(models.judge_model, self.settings.judge_threshold, client=self.fireworks)
        self.safety = SafetyFilter(self.openai)
        self.tools = HostedTools(self.replicate, models.upscaler_ref, models.ocr_ref, models.vlm_fallback_ref)
        self.embedder = VoyageEmbedder(self.voyage, models.embed_model, models.rerank_model)

        exemplar_path = Path(weights or weights_dir) / EXEMPLARS_FILE
        self.exemplars = ExemplarStore.load(exemplar_path)

        # short "title" generator, bound once so every call shares the settings
        self._title = functools.partial(
            self.fireworks.chat.completions.create,
            model="accounts/fireworks/models/llama-v3p1-8b-instruct",
            max_tokens=16,
            temperature=0.2,
        )
        self._model_ids = {m.id for m in self.openai.models.list()}
        logger.info("setup done in %.1fs", time.time() - started)

    def _draft(self, image_path: Path, timer: StageTimer) -> tuple[str, tuple[int, int], bool]:
        with timer.stage("local_caption"):
            img = load_image(image_path)
            size = img.size
            low_res = is_low_res(img)
            draft = self.captioner.caption(downscale(img))
            has_text = likely_has_text(img)
        if len(draft.split()) < 3:
            # BLIP sometimes returns "a picture" for busy scenes; ask LLaVA instead
            with timer.stage("vlm_fallback"):
                draft = "".join(self.tools.vlm_caption_stream(image_path, "Describe this image in one sentence.")).strip()
        return draft, size, (low_res, has_text)

    def _title_for(self, caption: str) -> str:
        resp = self._title(
            messages=[
                {"role": "system", "content": "Give a 3-6 word title for this caption. No quotes."},
                {"role": "user", "content": caption},
            ]
        )
        return (resp.choices[0].message.content or "").strip().strip('"')

    def _explain(self, plan_json: str, caption: str) -> Iterator[str]:
        with self.anthropic.messages.stream(
            model=self.settings.models.planner_model,
            max_tokens=300,
            messages=[
                {
                    "role": "user",
                    "content": f"Explain in two sentences why this caption follows the plan.\nPlan: {plan_json}\nCaption: {caption}",
                }
            ],
        ) as stream:
            for text in stream.text_stream:
                yield text

    def predict(
        self,
        image: Path = Input(description="Image to caption"),
        style: str = Input(description="Caption style", choices=STYLES, default="descriptive"),
        use_planner: bool = Input(description="Let the planner LLM decide focus/length", default=True),
        best_of: int = Input(description="Number of rewrite candidates to judge", ge=1, le=4, default=1),
        use_exemplars: bool = Input(description="Retrieve approved captions as tone references", default=True),
        explain: bool = Input(description="Append a short explanation of the caption", default=False),
        add_title: bool = Input(description="Prefix a short title", default=False),
        safety_check: bool = Input(description="Run moderation on the final caption", default=True),
        legacy_mode: bool = Input(description="Use the v1 one-shot rewriter (deprecated)", default=False),
    ) -> ConcatenateIterator[str]:
        timer = StageTimer()
        draft, size, (low_res, has_text) = self._draft(image, timer)

        if legacy_mode:
            yield rewrite_v1(draft)
            return

        with timer.stage("plan"):
            if use_planner:
                plan = self.planner.plan(draft, style_hint=style, size=size)
            else:
                from src.agents.planner import CaptionPlan

                plan = CaptionPlan.default(style)

        image_for_tools = image
        if plan.needs_upscale or low_res:
            with timer.stage("upscale"):
                try:
                    upscaled_url = self.tools.upscale(image)
                    logger.info("upscaled: %s", upscaled_url)
                except replicate.exceptions.ReplicateError as exc:
                    logger.warning("upscale failed: %s", exc)

        ocr_text = ""
        if plan.needs_ocr or has_text:
            with timer.stage("ocr"):
                ocr_text = self.tools.ocr(image_for_tools)

        exemplars: list[str] = []
        if use_exemplars and len(self.exemplars):
            with timer.stage("retrieve"):
                candidates = self.exemplars.search(self.embedder, draft, k=12, style=plan.style)
                ranked = self.embedder.rerank(draft, candidates, top_k=3)
                exemplars = [candidates[i] for i, _ in ranked]

        if best_of > 1:
            with timer.stage("rewrite_best_of"):
                candidates = self.rewriter.variants(plan, draft, n=best_of)
                caption, verdict = self.judge.pick_best(plan, draft, candidates)
                logger.info("best-of-%d score=%.2f issues=%s", best_of, verdict.score, verdict.issues)
            if add_title:
                yield self._title_for(caption) + "\n\n"
            yield caption
        else:
            pieces: list[str] = []
            if add_title:
                # Title needs the caption, so stream the body first then the title is skipped
                logger.info("add_title ignored in streaming mode")
            with timer.stage("rewrite_stream"):
                for token in self.rewriter.stream(plan, draft, ocr_text, exemplars):
                    pieces.append(token)
                    yield token
            caption = "".join(pieces)

        if safety_check:
            with timer.stage("safety"):
                if self.safety.flagged(caption) or self.safety.llm_pii(caption):
                    logger.warning("caption flagged by safety filter")
                    yield "\n\n[caption withheld by safety filter]"
                    return

        if explain:
            yield "\n\n"
            yield from self._explain(plan.to_prompt(), caption)

        logger.info("metrics: %s", json.dumps(timer.as_metrics() | llm_tracker.summary()))


class EmbeddingPredictor(BasePredictor):
    """Secondary entry point (``cog predict -p predict.py:EmbeddingPredictor``) that
    returns a caption plus its Voyage embedding, for the dataset team."""

    def setup(self) -> None:
        self.settings = get_settings()
        self.captioner = LocalCaptioner(self.settings.weights_dir)
        self.vo = get_voyage()
        self.openai = get_openai()

    def predict(
        self,
        image: Path = Input(description="Image"),
        normalize_caption: bool = Input(default=True),
        embedding_backend: str = Input(choices=["voyage", "openai"], default="voyage"),
    ) -> dict:
        draft = self.captioner.caption(load_image(image))
        caption = draft
        if normalize_caption:
            caption = asyncio.run(
                multi_model_service.generate_response(
                    prompt=f"Rewrite as one clean sentence: {draft}",
                    task_type="caption_rewrite",
                    complexity=TaskComplexity.SIMPLE,
                )
            )
        if embedding_backend == "voyage":
            emb = self.vo.embed([caption], model=self.settings.models.embed_model, input_type="document")
            vector = emb.embeddings[0]
        else:
            emb = self.openai.embeddings.create(model="text-embedding-3-small", input=caption)
            vector = emb.data[0].embedding
        return {"draft": draft, "caption": caption, "embedding": vector}
