"""The ``%ai`` / ``%%ai`` family of magics.

Loaded by ``%load_ext nbcopilot``.  Configure with e.g.::

    %config CopilotMagics.provider = "anthropic"
    %config CopilotMagics.model = "claude-3-5-haiku-20241022"
    %config CopilotMagics.stream = True
"""
from __future__ import annotations

import asyncio
import logging

from IPython.core.magic import Magics, cell_magic, line_cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from traitlets import Bool, Float, Int, Unicode, observe

from . import display as ui
from .clients import (
    get_anthropic_client,
    get_openai_client,
    get_perplexity_client,
    get_xai_client,
    reset_clients,
)
from .context import dataframe_sample, describe_namespace
from .cost import count_tokens, estimate_cost, format_cost
from .history import ChatHistory
from .providers import clear_provider_cache, get_provider
from .providers.google_provider import GeminiProvider, list_gemini_models
from .services.multi_model_service import TaskComplexity, multi_model_service
from .settings import DEFAULT_MODELS, settings

log = logging.getLogger(__name__)


@magics_class
class CopilotMagics(Magics):
    provider = Unicode("openai", help="Provider used by %ai / %%ai").tag(config=True)
    model = Unicode("", help="Model override; empty means the provider default").tag(config=True)
    temperature = Float(0.2).tag(config=True)
    max_tokens = Int(1024).tag(config=True)
    stream = Bool(False, help="Stream answers into the output area").tag(config=True)
    show_cost = Bool(True).tag(config=True)
    auto_explain = Bool(False, help="Post a hint under failing cells").tag(config=True)
    inject_namespace = Bool(True, help="Describe user variables in the prompt").tag(config=True)

    def __init__(self, shell=None, **kwargs):
        super().__init__(shell=shell, **kwargs)
        self.history = ChatHistory.create()
        # Raw clients for the provider-specific magics (%%gpt, %%claude, ...).
        self.openai_client = get_openai_client()
        self.anthropic = get_anthropic_client()
        self._gemini_chat = None
        self._sync_settings()

    # ------------------------------------------------------------------ config
    @observe("provider", "model", "temperature", "max_tokens", "stream", "show_cost")
    def _on_config_change(self, change):
        log.debug("copilot config %s -> %r", change["name"], change["new"])
        self._sync_settings()
        clear_provider_cache()

    def _sync_settings(self):
        settings.provider = self.provider
        settings.model = self.model or None
        settings.temperature = self.temperature
        settings.max_tokens = self.max_tokens
        settings.stream = self.stream
        settings.show_cost = self.show_cost

    # ----------------------------------------------------------------- helpers
    def _build_prompt(self, text: str) -> str:
        if not self.inject_namespace or self.shell is None:
            return text
        ns = describe_namespace(self.shell.user_ns)
        if not ns:
            return text
        return f"Variables currently defined in the notebook:\n{ns}\n\n{text}"

    def _ask(self, text: str, provider: str | None = None, model: str | None = None,
             stream: bool | None = None, remember: bool = False):
        backend = get_provider(provider, model)
        messages = list(self.history.messages) if remember else []
        messages.append({"role": "user", "content": self._build_prompt(text)})
        stream = self.stream if stream is None else stream
        if stream:
            answer = ui.stream_markdown(backend.stream(messages, system=settings.system_prompt))
        else:
            completion = backend.complete(messages, system=settings.system_prompt)
            ui.show_completion(completion, show_cost=self.show_cost)
            answer = completion.text
        if remember:
            self.history.add_user(text)
            self.history.add_assistant(answer)
        self.shell.user_ns["_ai"] = answer
        return answer

    # ------------------------------------------------------------------ magics
    @magic_arguments()
    @argument("-p", "--provider", default=None, help="provider name, e.g. anthropic")
    @argument("-m", "--model", default=None)
    @argument("-s", "--stream", action="store_true")
    @argument("-c", "--code", action="store_true", help="put the returned code in the next cell")
    @argument("--remember", action="store_true", help="keep the exchange in the chat history")
    @argument("prompt", nargs="*")
    @line_cell_magic
    def ai(self, line, cell=None):
        """Ask the configured model.  ``%ai what is a groupby?`` or ``%%ai`` with a cell body."""
        args = parse_argstring(self.ai, line)
        text = " ".join(args.prompt)
        if cell:
            text = f"{text}\n\n{cell}".strip()
        if not text:
            ui.show_error("nothing to ask")
            return
        answer = self._ask(text, args.provider, args.model, stream=args.stream or None,
                           remember=args.remember)
        if args.code:
            code = ui.extract_code(answer)
            if code:
                self.shell.set_next_input(code, replace=False)

    @cell_magic
    def chat(self, line, cell):
        """Multi-turn conversation with the configured provider."""
        self._ask(cell, remember=True)

    @line_magic
    def chat_reset(self, line):
        self.history.clear()
        self._gemini_chat = None
        print("chat history cleared")

    @magic_arguments()
    @argument("-m", "--model", default="gpt-4o")
    @argument("-t", "--temperature", type=float, default=0.0)
    @cell_magic
    def gpt(self, line, cell):
        """Straight to OpenAI, bypassing the provider setting."""
        args = parse_argstring(self.gpt, line)
        resp = self.openai_client.chat.completions.create(
            model=args.model,
            temperature=args.temperature,
            messages=[
                {"role": "system", "content": settings.system_prompt},
                {"role": "user", "content": self._build_prompt(cell)},
            ],
        )
        ui.show_markdown(resp.choices[0].message.content)
        return None

    @magic_arguments()
    @argument("-m", "--model", default="claude-3-5-sonnet-20241022")
    @argument("--max-tokens", type=int, default=2048)
    @cell_magic
    def claude(self, line, cell):
        args = parse_argstring(self.claude, line)
        msg = self.anthropic.messages.create(
            model=args.model,
            max_tokens=args.max_tokens,
            system=settings.system_prompt,
            messages=[{"role": "user", "content": self._build_prompt(cell)}],
        )
        ui.show_markdown(msg.content[0].text)
        if self.show_cost:
            cost = estimate_cost(args.model, msg.usage.input_tokens, msg.usage.output_tokens)
            print(f"[{msg.usage.input_tokens}+{msg.usage.output_tokens} tokens, {format_cost(cost)}]")

    @cell_magic
    def gemini(self, line, cell):
        """Stateful Gemini chat; the session lives in ``gemini_chat`` in the user namespace."""
        if self._gemini_chat is None:
            provider = GeminiProvider(line.strip() or DEFAULT_MODELS["google"])
            self._gemini_chat = provider.chat_session(self.history.messages,
                                                      system=settings.system_prompt)
            self.shell.user_ns["gemini_chat"] = self._gemini_chat
        response = self._gemini_chat.send_message(self._build_prompt(cell))
        ui.show_markdown(response.text)

    @magic_arguments()
    @argument("-m", "--model", default=DEFAULT_MODELS["xai"])
    @cell_magic
    def grok(self, line, cell):
        args = parse_argstring(self.grok, line)
        client = self.shell.user_ns["grok_client"]
        resp = client.chat.completions.create(
            model=args.model,
            messages=[{"role": "user", "content": cell}],
        )
        ui.show_markdown(resp.choices[0].message.content)

    @line_magic
    def search(self, line):
        """``%search <question>``: web-grounded answer from Perplexity."""
        client = self.shell.user_ns.get("pplx_client") or get_perplexity_client()
        resp = client.chat.completions.create(
            model=DEFAULT_MODELS["perplexity"],
            messages=[{"role": "user", "content": line}],
        )
        ui.show_markdown(resp.choices[0].message.content)

    @magic_arguments()
    @argument("-s", "--size", default="1024x1024")
    @argument("prompt", nargs="+")
    @line_magic
    def imagine(self, line):
        args = parse_argstring(self.imagine, line)
        from IPython.display import Image, display

        result = self.openai_client.images.generate(
            model="dall-e-3", prompt=" ".join(args.prompt), size=args.size, n=1
        )
        display(Image(url=result.data[0].url))

    @magic_arguments()
    @argument("varname", help="name of a DataFrame in the notebook")
    @argument("question", nargs="*")
    @line_magic
    def ask_df(self, line):
        """Describe a DataFrame to the model and ask a question about it."""
        args = parse_argstring(self.ask_df, line)
        df = self.shell.user_ns[args.varname]
        prompt = (
            f"DataFrame `{args.varname}` with columns {list(df.columns)} and sample:\n"
            f"{dataframe_sample(df)}\n\nQuestion: {' '.join(args.question) or 'Describe it.'}\n"
            "If pandas code helps, include it in a ```python block."
        )
        self._ask(prompt, stream=False)

    @line_magic
    def copilot_tracked(self, line):
        """Same as %ai but goes through the tracked multi-model service."""
        complexity = TaskComplexity.AGENTIC if line.startswith("!") else TaskComplexity.SIMPLE
        text = self._build_prompt(line.lstrip("!"))
        coro = multi_model_service.generate_response(
            prompt=text, task_type="notebook_magic", complexity=complexity
        )
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            answer = asyncio.run(coro)
        else:  # inside ipykernel's loop
            import nest_asyncio

            nest_asyncio.apply()
            answer = asyncio.get_event_loop().run_until_complete(coro)
        ui.show_markdown(answer)

    @line_magic
    def copilot_cost(self, line):
        """Estimate the cost of sending the current history (no request made)."""
        text = "\n".join(m["content"] for m in self.history.messages) + line
        model = settings.resolved_model()
        if settings.provider == "anthropic":
            n = get_provider("anthropic").count_tokens(self.history.messages or
                                                       [{"role": "user", "content": line}])
        else:
            n = count_tokens(text, model)
        print(f"{n} input tokens on {model}: ~{format_cost(estimate_cost(model, n, 0))}")

    @line_magic
    def copilot_models(self, line):
        which = line.strip() or settings.provider
        if which == "openai":
            names = sorted(m.id for m in self.openai_client.models.list())
        elif which == "anthropic":
            names = [m.id for m in self.anthropic.models.list()]
        elif which in ("google", "gemini"):
            names = list_gemini_models()
        else:
            names = [DEFAULT_MODELS.get(which, "?")]
        print("\n".join(names))

    @line_magic
    def copilot_reload(self, line):
        reset_clients()
        clear_provider_cache()
        self.openai_client = get_openai_client()
        self.anthropic = get_anthropic_client()
        publish_clients(self.shell)
        print("nbcopilot clients reloaded")


def publish_clients(shell) -> None:
    """Put raw clients in the user namespace so notebooks can use them directly."""
    shell.push(
        {
            "openai_client": get_openai_client(),
            "claude_client": get_anthropic_client(),
            "grok_client": get_xai_client(),
            "pplx_client": get_perplexity_client(),
        },
        interactive=False,
    )
