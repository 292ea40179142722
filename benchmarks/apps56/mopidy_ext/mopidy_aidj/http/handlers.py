import json
import logging

import httpx
import tornado.web

from ..llm import XAI_BASE_URL, prompts
from ..llm.cost import completion_cost
from ..services.llm_usage_tracker import llm_tracker
from ..services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


class BaseHandler(tornado.web.RequestHandler):
    def initialize(self, config, core, frontend, openai, anthropic, xai):
        self.ext_config = config
        self.core = core
        self._frontend = frontend
        self.openai = openai
        self.anthropic = anthropic
        self.xai = xai

    @property
    def frontend(self):
        fe = self._frontend()
        if fe is None:
            raise tornado.web.HTTPError(503, "AIDJ frontend not running")
        return fe

    def json_body(self):
        try:
            return json.loads(self.request.body or b"{}")
        except json.JSONDecodeError:
            raise tornado.web.HTTPError(400, "invalid JSON")

    def current_track(self):
        return self.core.playback.get_current_track().get()

    def set_default_headers(self):
        self.set_header("Content-Type", "application/json")


class StatusHandler(BaseHandler):
    def get(self):
        track = self.current_track()
        self.write(
            {
                "playing": prompts.track_label(track),
                "last_commentary": self.frontend.last_commentary.get(),
            }
        )


class CommentaryHandler(BaseHandler):
    async def post(self):
        body = self.json_body()
        track = self.current_track()
        user = f"Introduce this track for the listeners: {prompts.track_label(track)}."
        if body.get("style"):
            user += f" Style: {body['style']}."
        model = self.ext_config["commentary_model"]
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="aidj.http_commentary"
        ) as usage_log:
            msg = await self.anthropic.messages.create(
                model=model,
                max_tokens=200,
                system=prompts.COMMENTARY_SYSTEM,
                messages=[{"role": "user", "content": user}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        self.write({"text": msg.content[0].text})


class AskHandler(BaseHandler):
    async def post(self):
        question = self.json_body().get("question", "").strip()
        if not question:
            raise tornado.web.HTTPError(400, "question is required")
        track = self.current_track()
        if self.xai is not None:
            # xAI client is sync; fine for a short answer.
            resp = self.xai.chat.completions.create(
                model=self.ext_config["xai_model"],
                messages=[
                    {"role": "system", "content": prompts.QA_SYSTEM},
                    {"role": "user", "content": f"{prompts.track_label(track)}: {question}"},
                ],
            )
            answer = resp.choices[0].message.content
        else:
            answer = await multi_model_service.generate_response(
                prompt=f"{prompts.track_label(track)}: {question}",
                task_type="song_qa",
                system=prompts.QA_SYSTEM,
            )
        self.write({"answer": answer})


class MoodPlaylistHandler(BaseHandler):
    def post(self):
        body = self.json_body()
        mood = body.get("mood")
        if not mood:
            raise tornado.web.HTTPError(400, "mood is required")
        added = self.frontend.build_mood_playlist(mood, replace=bool(body.get("replace"))).get()
        self.write({"added": added})


class SummaryHandler(BaseHandler):
    async def get(self):
        if self.get_argument("fresh", "0") == "1":
            text = await multi_model_service.generate_response(
                prompt="Summarise: " + json.dumps(self.frontend.store.get().top_artists().get()),
                task_type="history_summary",
                complexity=TaskComplexity.SIMPLE,
            )
        else:
            text = self.frontend.weekly_summary().get()
        self.write({"summary": text})


class DescribeHandler(BaseHandler):
    """Streams a longer description of the current album (server-sent events)."""

    async def get(self):
        self.set_header("Content-Type", "text/event-stream")
        track = self.current_track()
        album = track.album.name if track and track.album else "this album"
        stream = await self.openai.chat.completions.create(
            model=self.ext_config["openai_model"],
            messages=[
                {"role": "user", "content": f"Describe the album {album} in 120 words."}
            ],
            stream=True,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                self.write(f"data: {json.dumps(delta)}\n\n")
                await self.flush()
        self.finish()


class CoverArtHandler(BaseHandler):
    """Generates a cover image for AI-built playlists."""

    async def post(self):
        mood = self.json_body().get("mood", "calm")
        image = await self.openai.images.generate(
            model="dall-e-3",
            prompt=f"Minimal abstract album cover evoking a {mood} mood, no text",
            size="1024x1024",
            n=1,
        )
        self.write({"url": image.data[0].url})


class UsageHandler(BaseHandler):
    def get(self):
        rows = []
        for (provider, model), (inp, out) in llm_tracker.totals().items():
            rows.append(
                {
                    "provider": provider,
                    "model": model,
                    "input_tokens": inp,
                    "output_tokens": out,
                    "usd": round(completion_cost(model, inp, out), 4),
                }
            )
        self.write({"usage": rows})


class ModelsHandler(BaseHandler):
    async def get(self):
        names = []
        if self.openai is not None:
            page = await self.openai.models.list()
            names += [m.id for m in page.data]
        if self.anthropic is not None:
            page = await self.anthropic.models.list()
            names += [m.id for m in page.data]
        self.write({"models": names})


class GrokRawHandler(BaseHandler):
    """Debug endpoint: hit xAI directly with httpx to inspect raw responses."""

    async def post(self):
        body = self.json_body()
        async with httpx.AsyncClient(base_url=XAI_BASE_URL, timeout=30) as http:
            r = await http.post(
                "/chat/completions",
                headers={"Authorization": f"Bearer {self.ext_config['xai_api_key']}"},
                json={
                    "model": self.ext_config["xai_model"],
                    "messages": [{"role": "user", "content": body.get("prompt", "ping")}],
                },
            )
        self.set_status(r.status_code)
        self.write(r.text)
