"""Cutscenes: scripted camera moves with narrated, generated captions."""
import asyncio
import logging
from dataclasses import dataclass, field
from typing import List

from direct.interval.IntervalGlobal import Func, LerpPosHprInterval, Sequence, Wait

from ai import openai_client
from ai.multi_model_service import TaskComplexity, multi_model_service
from util.retry import with_retry

log = logging.getLogger("hollowmere.cutscenes")


@dataclass
class Shot:
    pos: tuple
    hpr: tuple
    duration: float
    caption_hint: str


@dataclass
class Cutscene:
    name: str
    shots: List[Shot] = field(default_factory=list)
    captions: List[str] = field(default_factory=list)


class CutscenePlayer:
    def __init__(self, narrator, worker):
        self.narrator = narrator
        self.worker = worker
        self._seq = None
        self._create_caption = with_retry(openai_client().chat.completions.create)

    def prepare(self, scene: Cutscene) -> None:
        """Generate captions for all shots (background thread)."""
        scene.captions = []
        for shot in scene.shots:
            resp = self._create_caption(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": f"One-line cinematic caption: {shot.caption_hint}"}],
                max_tokens=40,
            )
            scene.captions.append(resp.choices[0].message.content.strip())

    def prepare_tracked(self, scene: Cutscene) -> None:
        async def run():
            out = []
            for shot in scene.shots:
                r = await multi_model_service.generate_response(
                    prompt=f"One-line cinematic caption: {shot.caption_hint}",
                    task_type="cutscene_caption",
                    complexity=TaskComplexity.SIMPLE,
                    max_tokens=40,
                )
                out.append(r.text.strip())
            return out

        scene.captions = asyncio.run(run())

    def concept_art(self, scene: Cutscene) -> str:
        img = openai_client().images.generate(
            model="dall-e-3",
            prompt=f"Storyboard frame for '{scene.name}', foggy lake town, muted oil painting",
            size="1792x1024",
            n=1,
        )
        return img.data[0].url

    def play(self, scene: Cutscene) -> None:
        steps = []
        for shot, caption in zip(scene.shots, scene.captions or [""] * len(scene.shots)):
            steps.append(Func(messenger.send, "cutscene-caption", [caption]))
            steps.append(LerpPosHprInterval(base.camera, shot.duration, shot.pos, shot.hpr))
            steps.append(Wait(0.3))
        steps.append(Func(messenger.send, "cutscene-finished", [scene.name]))
        self._seq = Sequence(*steps, name=f"cutscene-{scene.name}")
        self._seq.start()

    def skip(self) -> None:
        if self._seq is not None:
            self._seq.finish()
