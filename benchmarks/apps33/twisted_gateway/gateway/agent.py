"""Claude tool-use loop. Runs as a coroutine via ensureDeferred."""
import datetime

from twisted.internet import defer
from twisted.logger import Logger

from gateway.rag.vector_store import VectorStore
from gateway.services.llm_usage_tracker import llm_tracker

log = Logger()

TOOLS = [
    {
        "name": "get_time",
        "description": "Current UTC time in ISO format.",
        "input_schema": {"type": "object", "properties": {}},
    },
    {
        "name": "lookup_doc",
        "description": "Look up an internal document by id.",
        "input_schema": {
            "type": "object",
            "properties": {"doc_id": {"type": "string"}},
            "required": ["doc_id"],
        },
    },
]

_store = VectorStore()


class ToolError(Exception):
    pass


def run_tool(name, args):
    if name == "get_time":
        return datetime.datetime.utcnow().isoformat() + "Z"
    if name == "lookup_doc":
        col = _store.create("docs")
        for doc_id, _, text in col.items:
            if doc_id == args.get("doc_id"):
                return text
        return "not found"
    raise ToolError("unknown tool %s" % name)


MAX_TURNS = 6


class AgentRunner(object):

    def __init__(self, claude, model="claude-3-5-sonnet-20241022"):
        # claude: anthropic.AsyncAnthropic, injected by the worker
        self.claude = claude
        self.model = model

    async def run(self, task, feature="agent"):
        messages = [{"role": "user", "content": task}]
        for turn in range(MAX_TURNS):
            async with llm_tracker.track_llm_call(
                    provider="anthropic", model=self.model,
                    feature_context=feature) as usage_log:
                resp = await self.claude.messages.create(
                    model=self.model, max_tokens=2048, tools=TOOLS, messages=messages)
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
            if resp.stop_reason != "tool_use":
                return "".join(b.text for b in resp.content if b.type == "text")
            messages.append({"role": "assistant", "content": resp.content})
            results = []
            for block in resp.content:
                if block.type != "tool_use":
                    continue
                try:
                    out = run_tool(block.name, block.input)
                    results.append({"type": "tool_result", "tool_use_id": block.id, "content": out})
                except ToolError as e:
                    results.append({"type": "tool_result", "tool_use_id": block.id,
                                    "content": str(e), "is_error": True})
            messages.append({"role": "user", "content": results})
        log.warn("agent hit MAX_TURNS for {task!r}", task=task[:80])
        return None

    async def draft_plan(self, task):
        """Cheap planning step; not tracked yet (TODO: GW-311)."""
        async with self.claude.messages.stream(
                model="claude-3-5-haiku-20241022", max_tokens=512,
                messages=[{"role": "user", "content": "Plan the steps for: " + task}]) as stream:
            chunks = []
            async for text in stream.text_stream:
                chunks.append(text)
        return "".join(chunks)

    def run_deferred(self, task):
        return defer.ensureDeferred(self.run(task))
