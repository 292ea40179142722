"""Klein application. Routes live here and in routes_*.py (mounted below)."""
import json

from klein import Klein
from twisted.internet import defer, threads
from twisted.logger import Logger

from gateway.agent import AgentRunner
from gateway.routing import FastRouter
from gateway.legacy.moderation import ModerationGate
from gateway.providers import get_async_anthropic, get_async_openai
from gateway.rag.retrieval import RetrievalPipeline
from gateway.services.answer_service import AnswerService
from gateway.services.multi_model_service import TaskComplexity, multi_model_service
from gateway.speech import synthesize
from gateway.web import routes_admin, routes_embed
from gateway.web import BadRequest, json_response, read_json, require


class GatewayApp(object):
    app = Klein()
    log = Logger()

    def __init__(self, settings, registry):
        self.settings = settings
        self.registry = registry
        self.openai = get_async_openai()
        self.claude = get_async_anthropic()
        self.router = FastRouter(settings)
        self.moderation = ModerationGate(registry.get("openai"))
        self.retrieval = RetrievalPipeline(registry.get("voyage"), registry.get("cohere"))
        self.answers = AnswerService()
        self.legacy = LegacyRoutes(settings, registry)

    @app.route("/legacy", branch=True)
    def legacy_branch(self, request):
        return self.legacy.app.resource()

    @app.handle_errors(BadRequest)
    def bad_request(self, request, failure):
        return json_response(request, {"error": str(failure.value)}, 400)

    @app.route("/healthz")
    def healthz(self, request):
        return b"ok"

    @app.route("/v1/chat", methods=["POST"])
    async def chat(self, request):
        body = read_json(request)
        (messages,) = require(body, "messages")
        model = body.get("model", self.settings.default_chat_model)
        allowed = await self.moderation.check(messages[-1]["content"])
        if not allowed:
            return json_response(request, {"error": "flagged"}, 422)
        resp = await self.openai.chat.completions.create(
            model=model,
            messages=messages,
            temperature=body.get("temperature", 0.2),
        )
        return json_response(request, {
            "content": resp.choices[0].message.content,
            "usage": resp.usage.model_dump(),
        })

    @app.route("/v1/claude", methods=["POST"])
    async def claude(self, request):
        body = read_json(request)
        (prompt,) = require(body, "prompt")
        msg = await self.claude.messages.create(
            model=self.settings.default_claude_model,
            max_tokens=body.get("max_tokens", 1024),
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(b.text for b in msg.content if b.type == "text")
        return json_response(request, {"content": text})

    @app.route("/v1/fast", methods=["POST"])
    def fast(self, request):
        body = read_json(request)
        (prompt,) = require(body, "prompt")
        d = defer.ensureDeferred(self.router.answer(prompt))
        d.addCallback(lambda text: json_response(request, {"content": text}))
        return d

    @app.route("/v1/summarize", methods=["POST"])
    async def summarize(self, request):
        body = read_json(request)
        (text,) = require(body, "text")
        summary = await multi_model_service.generate_response(
            prompt="Summarize in 3 bullet points:\n\n" + text,
            task_type="summarize",
            complexity=TaskComplexity.STANDARD,
        )
        return json_response(request, {"summary": summary})

    @app.route("/v1/search", methods=["POST"])
    async def search(self, request):
        body = read_json(request)
        (query,) = require(body, "query")
        hits = await self.retrieval.search(query, k=body.get("k", 5))
        return json_response(request, {"hits": hits})

    @app.route("/v1/agent", methods=["POST"])
    async def agent(self, request):
        body = read_json(request)
        (task,) = require(body, "task")
        runner = AgentRunner(self.claude)
        if body.get("plan_first"):
            plan = await runner.draft_plan(task)
            task = task + "\n\nSuggested plan:\n" + plan
        result = await runner.run(task, feature="http_agent")
        if result is None:
            return json_response(request, {"error": "agent did not finish"}, 504)
        return json_response(request, {"result": result})

    @app.route("/v1/answer", methods=["POST"])
    def answer(self, request):
        body = read_json(request)
        (question,) = require(body, "question")
        d = self.answers.answer_deferred(question)
        d.addCallback(lambda out: json_response(request, out))
        return d

    @app.route("/v1/speech", methods=["POST"])
    async def speech(self, request):
        body = read_json(request)
        (text,) = require(body, "text")
        audio = await synthesize(text, voice=body.get("voice", "alloy"))
        request.setHeader(b"content-type", b"audio/mpeg")
        return audio

    @app.route("/v1/image", methods=["POST"])
    def image(self, request):
        body = read_json(request)
        (prompt,) = require(body, "prompt")
        client = self.registry.get("openai")
        d = threads.deferToThread(
            client.images.generate,
            model="dall-e-3", prompt=prompt, size="1024x1024", n=1)
        d.addCallback(lambda r: json_response(request, {"url": r.data[0].url}))
        return d

    @app.route("/v1/stream", methods=["POST"])
    async def stream(self, request):
        body = read_json(request)
        (messages,) = require(body, "messages")
        request.setHeader(b"content-type", b"text/event-stream")
        stream = await self.openai.chat.completions.create(
            model=self.settings.default_chat_model,
            messages=messages,
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                data = json.dumps({"delta": chunk.choices[0].delta.content})
                request.write(("data: %s\n\n" % data).encode("utf-8"))
        request.write(b"data: [DONE]\n\n")
        return b""

    with app.subroute("/admin") as admin:
        admin.route("/models")(routes_admin.list_models)
        admin.route("/usage")(routes_admin.usage_summary)

    with app.subroute("/v1/embeddings") as emb:
        emb.route("/", methods=["POST"])(routes_embed.embed_documents)
        emb.route("/query", methods=["POST"])(routes_embed.embed_query)


class LegacyRoutes(object):
    """Routes kept for the v0 clients (mobile app < 4.2). Mounted at /legacy."""
    app = Klein()

    def __init__(self, settings, registry):
        self.settings = settings
        self.registry = registry

    @app.route("/keywords", methods=["POST"])
    def keywords(self, request):
        from gateway.legacy.cohere_v1 import extract_keywords_deferred
        body = read_json(request)
        d = extract_keywords_deferred(body["text"], n=int(body.get("n", 8)))
        d.addCallback(lambda kws: json_response(request, {"keywords": kws}))
        return d

    @app.route("/complete", methods=["POST"])
    def complete(self, request):
        from gateway.legacy.http_completion import chat_completion
        body = read_json(request)
        d = chat_completion([{"role": "user", "content": body["prompt"]}],
                            model=body.get("model", "gpt-4o-mini"))
        d.addCallback(lambda text: json_response(request, {"text": text}))
        return d

    @app.route("/claude", methods=["POST"])
    @defer.inlineCallbacks
    def claude(self, request):
        client = self.registry.get("anthropic")
        body = read_json(request)
        msg = yield threads.deferToThread(
            client.messages.create,
            model="claude-3-haiku-20240307",
            max_tokens=body.get("max_tokens", 512),
            messages=[{"role": "user", "content": body["prompt"]}],
        )
        defer.returnValue(json_response(request, {"text": msg.content[0].text}))

    @app.route("/rerank", methods=["POST"])
    def rerank(self, request):
        body = read_json(request)
        co = self.registry.get("cohere")

        def _go():
            return co.rerank(model=self.settings.rerank_model, query=body["query"],
                             documents=body["documents"], top_n=body.get("top_n", 3))

        d = threads.deferToThread(_go)
        d.addCallback(lambda r: json_response(
            request, {"results": [{"index": x.index, "score": x.relevance_score} for x in r.results]}))
        return d
