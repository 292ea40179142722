"""Shared bits for the LLM-backed steps."""
from buildbot.process import buildstep
from buildbot.process.results import SKIPPED

from llm.service import get_llm_service
from llm.settings import load_settings


class LLMStepMixin:
    """Mixin giving steps access to the master's LLM service and settings."""

    llm_backend = None

    @property
    def llm(self):
        return get_llm_service(self.master)

    @property
    def llm_settings(self):
        return load_settings()

    def llm_allowed(self):
        settings = self.llm_settings
        if not settings.enabled:
            return False
        if settings.summary_builders and self.build.builder.name not in settings.summary_builders:
            return False
        return True

    async def add_markdown_log(self, name, text):
        await self.addCompleteLog(name, text)
        if text:
            # shows up on the build page; first line only
            first = text.strip().splitlines()[0][:120]
            self.descriptionDone = [first]


class LLMBuildStep(LLMStepMixin, buildstep.ShellMixin, buildstep.BuildStep):
    """Base for steps that optionally run a shell command and then ask a model."""

    def __init__(self, llm_backend=None, **kwargs):
        self.llm_backend = llm_backend
        kwargs = self.setupShellMixin(kwargs, prohibitArgs=["command"]) if "command" not in kwargs \
            else self.setupShellMixin(kwargs)
        super().__init__(**kwargs)

    async def skip_if_disabled(self):
        if not self.llm_allowed():
            self.descriptionDone = ["LLM disabled"]
            return SKIPPED
        return None
